package vn.chibo.minutes.domain;

import java.time.Instant;

/** One official version of locked minutes, without its file. */
public record MinutesVersionInfo(int number, String sha256, String createdBy, Instant createdAt) {}
