package vn.chibo.meeting.domain;

/** Sinh hoạt chi bộ thường kỳ (monthly) or chuyên đề (thematic, from the plan). */
public enum MeetingType {
    REGULAR,
    THEMATIC
}
