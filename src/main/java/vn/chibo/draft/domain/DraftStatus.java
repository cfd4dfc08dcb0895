package vn.chibo.draft.domain;

/** Where a topic's draft stands; "not started" is a topic without a draft. */
public enum DraftStatus {
    NOT_STARTED,
    WRITING,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    PRESENTED;

    /** The presenter may still change the working copy and submit it. */
    public boolean isOpenForWriting() {
        return this == NOT_STARTED || this == WRITING || this == SUBMITTED || this == CHANGES_REQUESTED;
    }
}
