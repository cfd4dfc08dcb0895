package vn.chibo.minutes.service;

import org.jspecify.annotations.Nullable;
import vn.chibo.minutes.domain.AttendanceStatus;

/** One member's answer to the roll-call: present, late, excused (with its reason), absent without reason. */
public record RollCallAnswer(long memberId, @Nullable AttendanceStatus status, @Nullable String reason) {
}
