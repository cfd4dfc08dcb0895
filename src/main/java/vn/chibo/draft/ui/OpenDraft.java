package vn.chibo.draft.ui;

import vn.chibo.draft.service.DraftDetails;

/**
 * The draft a page shows, as the service last returned it. The parts of the page share it, so that the
 * optimistic-lock version one part's save brought back is the one the next action of any part sends.
 */
final class OpenDraft {

    private final long topicId;
    private DraftDetails details;

    OpenDraft(long topicId, DraftDetails details) {
        this.topicId = topicId;
        this.details = details;
    }

    long topicId() {
        return topicId;
    }

    DraftDetails details() {
        return details;
    }

    /** The version to send back with the next change. */
    long version() {
        return details.draftVersion();
    }

    void update(DraftDetails after) {
        details = after;
    }
}
