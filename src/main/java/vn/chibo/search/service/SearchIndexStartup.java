package vn.chibo.search.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chibo.draft.service.DraftService;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.security.service.SystemUser;

/**
 * Drafts and minutes written before search text existed (databases older than migration V6) get it once, at
 * start-up: a no-op query afterwards.
 */
@Component
@Order(5)
class SearchIndexStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final DraftService drafts;
    private final MinutesService minutes;

    SearchIndexStartup(DraftService drafts, MinutesService minutes) {
        this.drafts = drafts;
        this.minutes = minutes;
    }

    @Override
    public void run(ApplicationArguments args) {
        int filled = SystemUser.call(() -> drafts.indexMissing() + minutes.indexMissing());
        if (filled > 0) {
            log.info("Search text filled for {} drafts and minutes written before it existed", filled);
        }
    }
}
