package vn.chibo.draft.service;

/** A submitted draft found by search: its topic, latest version and that version's plain text (for a snippet). */
public record DraftHit(long topicId, long cellId, int number, String plainText) {}
