/**
 * The live meeting: the members' phone page (check-in, the count, the agenda), the secretary's live roll-call with
 * the rotating QR code, and the room's screen. The pages follow {@code base.live.LiveEvents} and read the state
 * again from the minutes feature's services; the minutes feature never uses this one.
 */
@NullMarked
package vn.chibo.live;

import org.jspecify.annotations.NullMarked;
