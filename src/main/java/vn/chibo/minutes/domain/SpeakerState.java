package vn.chibo.minutes.domain;

/** Where a member's request to speak stands. */
public enum SpeakerState {
    WAITING,
    SPEAKING,
    DONE,
    WITHDRAWN;

    /** Waiting or speaking: the member may not ask again until it is over. */
    public boolean isOpen() {
        return this == WAITING || this == SPEAKING;
    }
}
