package vn.chibo.minutes.domain;

/** One voter's answer: tán thành, không tán thành, ý kiến khác. */
public enum VoteChoice {
    FOR,
    AGAINST,
    OTHER
}
