package vn.chibo.minutes.service;

/** Minutes found by search: the meeting and the minutes' text (for a snippet). */
public record MinutesHit(long meetingId, long cellId, String text) {}
