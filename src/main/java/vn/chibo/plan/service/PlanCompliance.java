package vn.chibo.plan.service;

import java.util.List;
import java.util.stream.IntStream;

/**
 * How a plan stands against the rules: thematic meetings in every quarter, a regular meeting in every month.
 *
 * @param thematicPerQuarter topics planned in quarters 1..4 (index 0..3)
 * @param regularPerMonth regular meetings on the calendar in months 1..12 (index 0..11)
 */
public record PlanCompliance(
        int minThematicPerQuarter, List<Integer> thematicPerQuarter, List<Integer> regularPerMonth) {

    public List<Integer> quartersMissing() {
        return IntStream.rangeClosed(1, 4)
                .filter(q -> thematicPerQuarter.get(q - 1) < minThematicPerQuarter)
                .boxed()
                .toList();
    }

    public List<Integer> monthsWithoutRegularMeeting() {
        return IntStream.rangeClosed(1, 12)
                .filter(m -> regularPerMonth.get(m - 1) == 0)
                .boxed()
                .toList();
    }

    public boolean ok() {
        return quartersMissing().isEmpty() && monthsWithoutRegularMeeting().isEmpty();
    }
}
