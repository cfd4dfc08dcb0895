package vn.chibo.draft.service;

import java.util.List;

/**
 * A topic's draft as one person sees it, in the parts its pages use: the topic's facts and dates, where the draft
 * stands, the working copy (only its author's), the submitted versions (newest first) and what this person may do.
 *
 * @param draftVersion the optimistic-lock version to send back with any change; -1 before the first save
 */
public record DraftDetails(
        long draftVersion,
        DraftFacts facts,
        DraftProgress progress,
        WorkingCopy working,
        List<VersionSummary> versions,
        DraftPermissions can) {

    public long topicId() {
        return facts.topicId();
    }

    public boolean hasVersions() {
        return progress.latestNumber() > 0;
    }
}
