package vn.chibo.minutes.domain;

/**
 * An answer to the roll-call (kiểm diện). A member on temporary transfer to another organisation (sinh hoạt tạm
 * thời nơi khác) or suspended from party activity (đình chỉ sinh hoạt) is neither present nor absent: both are left
 * out of the voting base (294-QĐ/TW point 9.3.2).
 */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    EXCUSED,
    UNEXCUSED,
    TRANSFERRED,
    SUSPENDED;

    public boolean isPresent() {
        return this == PRESENT || this == LATE;
    }

    /** Out of the voting base and of the members expected at the meeting. */
    public boolean isOutOfBase() {
        return this == TRANSFERRED || this == SUSPENDED;
    }
}
