package vn.chibo.minutes.domain;

/** An answer to the roll-call (kiểm diện). */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, UNEXCUSED;

    public boolean isPresent() {
        return this == PRESENT || this == LATE;
    }
}
