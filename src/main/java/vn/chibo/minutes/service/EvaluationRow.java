package vn.chibo.minutes.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The presenter's evaluation as shown to those who may see it. */
public record EvaluationRow(
        long version,
        long presenterId,
        String presenterName,
        @Nullable String topic,
        @Nullable String strengths,
        @Nullable String shortcomings,
        @Nullable String rating,
        @Nullable String evaluatedBy,
        @Nullable Instant evaluatedAt) {}
