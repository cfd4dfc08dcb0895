package vn.chibo.draft.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.draft.domain.DraftVersion;

/** A submitted version, with its text and the files it had. */
public record VersionRow(
        int number,
        String bodyHtml,
        @Nullable String note,
        String submittedBy,
        Instant submittedAt,
        List<AttachmentRow> attachments) {

    static VersionRow of(DraftVersion v) {
        return new VersionRow(
                v.getNumber(),
                v.getBodyHtml(),
                v.getNote(),
                v.getSubmittedBy(),
                v.getSubmittedAt(),
                v.getAttachments().stream().map(AttachmentRow::of).toList());
    }
}
