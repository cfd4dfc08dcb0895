package vn.chibo.minutes.domain;

/** A fact of the meeting the product knows itself, and so pre-scores a criterion from (the cell may override). */
public enum QualityFact {
    /** How long the meeting lasted against the least it should (90, or 120 minutes). */
    LENGTH,
    /** Full members present against the voting base. */
    ATTENDANCE,
    /** The notice sent to the members at least a day before. */
    NOTICE,
    /** Members who spoke, by the minutes. */
    SPEAKERS,
    /** The minutes adopted by more than half of the base. */
    MINUTES_ADOPTED
}
