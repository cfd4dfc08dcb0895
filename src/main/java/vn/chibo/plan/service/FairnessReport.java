package vn.chibo.plan.service;

import java.util.List;
import java.util.Map;

/**
 * Presentations per member for a year and the years before it, and who has not presented yet.
 *
 * @param years the years covered, oldest first (the last is the report's year)
 */
public record FairnessReport(int year, List<Integer> years, List<Row> rows) {

    /** One member: presentations per year (in {@code years} order). */
    public record Row(long memberId, String name, boolean probationary, Map<Integer, Integer> perYear) {

        public int total() {
            return perYear.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int in(int year) {
            return perYear.getOrDefault(year, 0);
        }
    }

    /** Members with no presentation in the whole window, this year included. */
    public List<Row> notYetPresented() {
        return rows.stream().filter(r -> r.total() == 0).toList();
    }
}
