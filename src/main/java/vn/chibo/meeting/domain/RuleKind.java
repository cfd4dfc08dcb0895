package vn.chibo.meeting.domain;

/** "The 5th of each month" or "the first Tuesday of each month". */
public enum RuleKind {
    DAY_OF_MONTH,
    NTH_WEEKDAY
}
