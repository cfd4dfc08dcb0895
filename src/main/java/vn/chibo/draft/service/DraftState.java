package vn.chibo.draft.service;

import java.util.List;
import vn.chibo.draft.domain.DraftStatus;

/**
 * Where a topic's draft stands, as a meeting's agenda and minutes say it: its state, its latest version number
 * (0 before the first) and the files attached to it — the materials of the meeting.
 */
public record DraftState(DraftStatus status, int version, List<String> files) {
}
