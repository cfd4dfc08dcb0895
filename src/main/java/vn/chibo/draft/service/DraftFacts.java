package vn.chibo.draft.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The topic a draft is written for, and the dates it is held to.
 *
 * @param meetingDay the meeting's day, or the first of the topic's month until it is scheduled
 */
public record DraftFacts(
        long topicId,
        String title,
        int month,
        int year,
        long cellId,
        @Nullable Long presenterId,
        @Nullable String presenterName,
        @Nullable String mentorName,
        @Nullable String goals,
        @Nullable LocalDateTime meetingAt,
        LocalDate meetingDay,
        LocalDate dueDate,
        LocalDate commentsClosedFrom) {}
