package vn.chibo.draft.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.chibo.draft.domain.DraftAttachment;
import vn.chibo.files.ContentCheck;

/** An attachment as the pages show it; {@code url} serves it (inline where the browser can show it). */
public record AttachmentRow(long id, String fileName, String contentType, long sizeBytes, ContentCheck.Kind kind,
        String url) {

    static AttachmentRow of(DraftAttachment a) {
        String url = "/files/draft/" + a.requireId() + "/"
                + URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return new AttachmentRow(a.requireId(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
                ContentCheck.kindOf(a.getContentType()), url);
    }
}
