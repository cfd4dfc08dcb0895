package vn.chibo.minutes.domain;

/** What a vote decides: the resolution, the chair's conclusion, the adoption of the minutes, or another matter. */
public enum VoteMatter {
    RESOLUTION,
    CONCLUSION,
    MINUTES,
    OTHER
}
