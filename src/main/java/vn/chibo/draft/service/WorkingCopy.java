package vn.chibo.draft.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The presenter's text and files not yet submitted. Private to its author: for anyone else the text is null, there
 * are no files, and it is never "edited".
 *
 * @param edited the working copy has changes not yet submitted (always, before v1)
 */
public record WorkingCopy(
        @Nullable String html,
        @Nullable String savedBy,
        @Nullable Instant savedAt,
        List<AttachmentRow> attachments,
        boolean edited) {}
