package vn.chibo.minutes.service;

/**
 * A running meeting's record changed (roll-call, votes, opinions, minutes): published inside the transaction that
 * changed it, so the live pages of the meeting can show the new state once it commits.
 */
public record MeetingRecordChanged(long meetingId) {}
