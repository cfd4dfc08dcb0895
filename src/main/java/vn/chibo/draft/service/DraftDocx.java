package vn.chibo.draft.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.chibo.document.HtmlToDocx;
import vn.chibo.document.PartyDocument;
import vn.chibo.draft.domain.DraftAttachment;
import vn.chibo.draft.domain.DraftVersion;
import vn.chibo.files.ContentCheck;
import vn.chibo.files.FileStore;

/**
 * A submitted version's text written into a Word document with its formatting, its pictures read from the
 * file store — only files that this version lists, so a picture of another draft can never be pulled in by
 * its address. Picture attachments the text does not show are added after it, so the printed draft has them.
 */
@Component
class DraftDocx {

    /** The attachment id in an address the sanitiser let through ({@code /files/draft/{id}/…}). */
    private static final Pattern ATTACHMENT = Pattern.compile("^/files/draft/([0-9]+)/");

    private final FileStore store;

    DraftDocx(FileStore store) {
        this.store = store;
    }

    /** Writes the version's body into {@code doc}; {@code picturesHeading} titles the pictures shown apart. */
    void write(PartyDocument doc, DraftVersion v, String picturesHeading) {
        List<DraftAttachment> files = v.getAttachments();
        Set<Long> shown = new HashSet<>();
        HtmlToDocx.append(doc, v.getBodyHtml(), src -> {
            Matcher m = ATTACHMENT.matcher(src);
            if (!m.find()) {
                return Optional.empty();
            }
            long id = Long.parseLong(m.group(1));
            return files.stream().filter(a -> a.requireId() == id).findFirst().flatMap(a -> {
                shown.add(id);
                return picture(a);
            });
        });
        // a version keeps the files it was submitted with, even those since taken off the working copy
        List<DraftAttachment> apart = files.stream()
                .filter(a -> !shown.contains(a.requireId()))
                .filter(a -> ContentCheck.kindOf(a.getContentType()) == ContentCheck.Kind.IMAGE)
                .toList();
        boolean headed = false;
        for (DraftAttachment a : apart) {
            Optional<HtmlToDocx.Picture> pic = picture(a);
            if (pic.isEmpty()) {
                continue;
            }
            if (!headed) {
                doc.heading(picturesHeading);
                headed = true;
            }
            if (HtmlToDocx.appendPicture(doc, pic.get())) {
                doc.italic(a.getFileName());
            }
        }
    }

    private Optional<HtmlToDocx.Picture> picture(DraftAttachment a) {
        Path path = store.pathOf(a.getSha256());
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HtmlToDocx.Picture(Files.readAllBytes(path), a.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
