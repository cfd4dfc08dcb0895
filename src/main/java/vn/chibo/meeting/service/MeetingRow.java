package vn.chibo.meeting.service;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import vn.chibo.meeting.domain.Meeting;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;

/** A meeting as the calendar shows it. */
public record MeetingRow(
        long id,
        long version,
        long cellId,
        MeetingType type,
        LocalDateTime scheduledAt,
        int durationMinutes,
        @Nullable String place,
        MeetingStatus status,
        @Nullable String statusReason,
        @Nullable LocalDateTime originalAt,
        @Nullable Long topicId,
        @Nullable String title,
        @Nullable Long presenterId,
        @Nullable String presenterName) {

    static MeetingRow of(Meeting m) {
        var topic = m.getTopic();
        var presenter = topic == null ? null : topic.getPresenter();
        return new MeetingRow(
                m.requireId(),
                m.getVersion(),
                m.getCell().requireId(),
                m.getType(),
                m.getScheduledAt(),
                m.getDurationMinutes(),
                m.getPlace(),
                m.getStatus(),
                m.getStatusReason(),
                m.getOriginalAt(),
                topic == null ? null : topic.getId(),
                m.getTitle(),
                presenter == null ? null : presenter.getId(),
                presenter == null ? null : presenter.getFullName());
    }

    public LocalDateTime endsAt() {
        return scheduledAt.plusMinutes(durationMinutes);
    }
}
