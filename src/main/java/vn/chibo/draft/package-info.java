/**
 * Drafts of thematic topics: the presenter writes and submits numbered versions with attachments, the cell
 * comments on them, the secretary approves them or asks for changes, before the meeting.
 */
@NullMarked
package vn.chibo.draft;

import org.jspecify.annotations.NullMarked;
