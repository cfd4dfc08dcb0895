package vn.chibo.minutes.service;

/**
 * The official text of a meeting's minutes changed: locked (addendum 0) or corrected by addendum N. Its file is
 * made in the same transaction, so a lock without its file cannot exist.
 */
public record MinutesIssued(long meetingId, long recordId, int addendum, String by) {}
