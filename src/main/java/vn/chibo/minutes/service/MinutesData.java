package vn.chibo.minutes.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.minutes.domain.MeetingQuality;

/** The minutes as the form edits them. */
public class MinutesData {

    /** One opinion: who (a member, or a typed name for a guest) and what. */
    public record OpinionData(@Nullable Long memberId, String speaker, String text) {}

    public @Nullable LocalDateTime openedAt;
    public @Nullable LocalDateTime closedAt;
    public @Nullable String guests;
    public @Nullable String content;
    public @Nullable String conclusion;
    public @Nullable String resolution;
    /** Reminders to members who fall behind (nhắc nhở), said at the close. */
    public @Nullable String reminders;

    public @Nullable MeetingQuality quality;
    public List<OpinionData> opinions = new ArrayList<>();
}
