package vn.chibo.base.domain;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Fills a value derived on write (search text) into rows written before it existed, a batch at a time. */
public final class Backfill {

    private Backfill() {}

    /**
     * Asks {@code next} for a batch of rows still lacking the value and hands it to {@code fillAndSave}, until none
     * is left; returns how many were filled. {@code fillAndSave} must make the rows leave {@code next}'s query.
     */
    public static <T> int inBatches(Supplier<List<T>> next, Consumer<List<T>> fillAndSave) {
        int filled = 0;
        List<T> batch;
        while (!(batch = next.get()).isEmpty()) {
            fillAndSave.accept(batch);
            filled += batch.size();
        }
        return filled;
    }
}
