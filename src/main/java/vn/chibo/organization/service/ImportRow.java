package vn.chibo.organization.service;

import java.util.List;

/**
 * One data row of an import file: what was read, and what is wrong with it (message keys, with the
 * column heading as argument where it helps). A row with problems is never saved.
 */
public record ImportRow(int rowNumber, MemberData data, List<Problem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }

    public record Problem(String messageKey, String argument) {
    }
}
