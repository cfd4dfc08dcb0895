package vn.chibo.draft.service;

/**
 * What the person reading a draft may do with it.
 *
 * @param write the presenter, while the draft is open for writing
 * @param mine the presenter, whatever the draft's status (resolves comments, is told when writing has closed)
 */
public record DraftPermissions(boolean write, boolean review, boolean comment, boolean mine) {}
