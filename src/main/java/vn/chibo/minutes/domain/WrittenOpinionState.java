package vn.chibo.minutes.domain;

/** What became of a written opinion: waiting for those who run the meeting, taken into the minutes, or set aside. */
public enum WrittenOpinionState {
    PENDING,
    ACCEPTED,
    SET_ASIDE
}
