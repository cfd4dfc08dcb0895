package vn.chibo.minutes.service;

import org.jspecify.annotations.Nullable;
import vn.chibo.minutes.domain.AttendanceStatus;

/**
 * One member's answer to the roll-call: present, late, excused (with its reason), absent without reason.
 *
 * @param expectedVersion the version of the answer as it was shown ({@link MeetingSheet.Attendee#version()})
 */
public record RollCallAnswer(
        long memberId,
        long expectedVersion,
        @Nullable AttendanceStatus status,
        @Nullable String reason) {}
