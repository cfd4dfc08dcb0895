package vn.chibo.organization.service;

import java.util.List;

/** The result of reading an import file, before anything is saved. */
public record ImportPreview(long cellId, String fileName, List<ImportRow> rows) {

    public long problemRows() {
        return rows.stream().filter(r -> !r.ok()).count();
    }

    public long warningRows() {
        return rows.stream().filter(r -> !r.warnings().isEmpty()).count();
    }

    public boolean canCommit() {
        return !rows.isEmpty() && problemRows() == 0;
    }
}
