package vn.chibo.minutes.domain;

/** The cell's own assessment of a meeting's quality. */
public enum MeetingQuality {
    TOT,
    KHA,
    TRUNG_BINH,
    KEM
}
