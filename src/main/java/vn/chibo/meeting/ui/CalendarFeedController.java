package vn.chibo.meeting.ui;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.meeting.service.CalendarFeedService;

/**
 * {@code GET /ical/{token}.ics}: a member's calendar feed for calendar apps. No log-in (apps cannot log
 * in); the unguessable token is the key, and a revoked or unknown token gets 404.
 */
@RestController
class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/ical/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .cacheControl(CacheControl.noCache())
                        .header("Content-Disposition", "inline; filename=\"chibo.ics\"")
                        .body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
