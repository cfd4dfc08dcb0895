package vn.chibo.minutes.service;

import org.jspecify.annotations.Nullable;

/**
 * The chair's assessment of a thematic presentation as the minutes record it, for every reader: strengths and
 * shortcomings. The personal rating is not part of it (no Party text asks for one in the minutes).
 */
public record ChairAssessment(
        String presenterName,
        @Nullable String strengths,
        @Nullable String shortcomings) {}
