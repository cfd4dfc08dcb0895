package vn.chibo.minutes.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.minutes.domain.WrittenOpinion;
import vn.chibo.minutes.domain.WrittenOpinionState;

/**
 * The floor of a running meeting as a live page shows it, small enough to read again after every change: the agenda
 * with its current item, the speaker queue, and the written opinions — the reader's own, and for those who run the
 * meeting the ones still to decide.
 *
 * @param current the index of the item under discussion in {@code agenda}; -1 before the chair sets one
 * @param mayTakeFloor the reader is on the roll-call, present, and the meeting is in progress
 * @param speaking who has the floor now; null when nobody
 * @param waiting the queue in the order asked — the whole of it for those who run the meeting, otherwise empty
 * @param myPlace the reader's place in the queue (1 = next); 0 when speaking or not waiting
 * @param myRequest the reader's open request (waiting or speaking), or null
 * @param queueLength how many wait, shown to everyone
 * @param pending written opinions not decided yet, only for those who run the meeting
 */
public record LiveFloor(
        boolean canManage,
        boolean inProgress,
        boolean mayTakeFloor,
        List<String> agenda,
        int current,
        @Nullable Speaker speaking,
        List<Speaker> waiting,
        int queueLength,
        @Nullable Speaker myRequest,
        int myPlace,
        List<Written> mine,
        List<Written> pending,
        List<Present> addable) {

    /** The longest written opinion a member may send. */
    public static final int MAX_OPINION = WrittenOpinion.MAX_TEXT;

    /** The item under discussion, or null before the chair sets one. */
    public @Nullable String currentItem() {
        return current >= 0 && current < agenda.size() ? agenda.get(current) : null;
    }

    /** A member present and not in the queue, whom the chair may put in it (a hand raised, no phone). */
    public record Present(long memberId, String name) {}

    /** One request to speak. */
    public record Speaker(long id, long version, long memberId, String name, Instant askedAt) {}

    /** One written opinion with what became of it. */
    public record Written(
            long id,
            long version,
            long memberId,
            String memberName,
            String text,
            Instant sentAt,
            WrittenOpinionState state) {}
}
