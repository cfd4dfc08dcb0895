package vn.chibo.organization.service;

import java.util.List;

/**
 * One data row of an import file: what was read, and what is wrong with it (message keys, with the
 * column heading as argument where it helps). A row with problems is never saved; warnings (something the
 * product inferred, or that looks wrong but may be right) are shown and do not stop the import.
 */
public record ImportRow(int rowNumber, MemberData data, List<Problem> problems, List<Problem> warnings) {

    public ImportRow(int rowNumber, MemberData data, List<Problem> problems) {
        this(rowNumber, data, problems, List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public record Problem(String messageKey, String argument) {}
}
