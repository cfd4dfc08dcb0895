package vn.chibo.draft.service;

import vn.chibo.draft.domain.DraftAttachment;
import vn.chibo.files.ContentCheck;

/** An attachment as the pages show it; {@code url} serves it (inline where the browser can show it). */
public record AttachmentRow(
        long id, String fileName, String contentType, long sizeBytes, ContentCheck.Kind kind, String url) {

    static AttachmentRow of(DraftAttachment a) {
        return new AttachmentRow(
                a.requireId(),
                a.getFileName(),
                a.getContentType(),
                a.getSizeBytes(),
                ContentCheck.kindOf(a.getContentType()),
                DraftLinks.attachment(a.requireId(), a.getFileName()));
    }
}
