package vn.chibo.draft.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A version in the list of versions. */
public record VersionSummary(
        int number,
        String submittedBy,
        Instant submittedAt,
        @Nullable String note) {}
