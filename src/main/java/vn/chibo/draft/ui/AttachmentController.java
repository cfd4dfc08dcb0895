package vn.chibo.draft.ui;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.draft.service.DraftFiles;
import vn.chibo.draft.service.DraftLinks;

/**
 * {@code GET /files/draft/{id}/{name}}: an attachment, for logged-in readers of its draft. Served as a
 * resource, so that byte ranges work (a video can be sought to any minute). Pictures, PDFs, video and audio
 * open in the browser, other files download; a sandbox policy keeps any file from running script.
 */
@RestController
class AttachmentController {

    private final DraftFiles files;

    AttachmentController(DraftFiles files) {
        this.files = files;
    }

    @GetMapping(DraftLinks.ATTACHMENT)
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable String name) {
        DraftFiles.OpenFile f = files.open(id);
        ContentDisposition disposition = (f.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(f.fileName(), StandardCharsets.UTF_8)
                .build();
        // PDFs are left out of the sandbox only because browsers refuse to show a PDF inside one
        String policy = f.contentType().equals("application/pdf")
                ? "default-src 'self'; script-src 'none'"
                : "sandbox; default-src 'none'; img-src 'self'; media-src 'self'";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header("Content-Disposition", disposition.toString())
                .header("Content-Security-Policy", policy)
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new FileSystemResource(f.path()));
    }

    /** "Not yours" and "does not exist" look the same from outside. */
    @ExceptionHandler({AccessDeniedException.class, NotFoundException.class})
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
