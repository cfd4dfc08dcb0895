package vn.chibo.draft.ui;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.draft.service.DraftLinks;
import vn.chibo.draft.service.DraftService;

/**
 * {@code POST /autosave/draft/{topicId}}: the editor's text, posted by the page as it goes away (reload, closed
 * tab, another address) when the server has not yet confirmed it. Same rules as a save from the page: the
 * presenter only, sanitised, and refused (409) when the draft changed since the version the page had.
 */
@RestController
class DraftAutosaveController {

    private final DraftService drafts;

    DraftAutosaveController(DraftService drafts) {
        this.drafts = drafts;
    }

    @PostMapping(DraftLinks.AUTOSAVE)
    ResponseEntity<Void> save(@PathVariable long topicId, @RequestParam long version, @RequestParam String html) {
        drafts.saveOnLeave(topicId, version, html);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ResponseEntity<Void> conflict() {
        return ResponseEntity.status(HttpStatus.CONFLICT).build();
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<Void> refused() {
        return ResponseEntity.badRequest().build();
    }

    /** "Not yours" and "does not exist" look the same from outside. */
    @ExceptionHandler({AccessDeniedException.class, NotFoundException.class})
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
