package vn.chibo.draft.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.draft.domain.DraftStatus;

/**
 * Where a topic's draft stands, as a meeting's agenda and minutes say it: its state, its latest version number
 * (0 before the first), the files attached to it — the materials of the meeting — and when it was approved.
 */
public record DraftState(
        DraftStatus status,
        int version,
        List<String> files,
        @Nullable Instant approvedAt) {}
