package vn.chibo.draft.ui;

import java.util.function.Supplier;
import vn.chibo.draft.service.DraftDetails;

/**
 * A change that moves the draft on (submitted, approved, presented), run by the part of the page that offers it:
 * the page then says what was done and redraws itself around the latest version.
 */
@FunctionalInterface
interface DraftActions {

    /** @param doneKey the translation saying what was done, with the draft's latest version as {0} */
    void run(Supplier<DraftDetails> action, String doneKey);
}
