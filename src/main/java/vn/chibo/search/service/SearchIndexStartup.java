package vn.chibo.search.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chibo.draft.service.DraftService;
import vn.chibo.minutes.service.MinutesSearch;
import vn.chibo.organization.service.MemberService;
import vn.chibo.plan.service.TopicSearch;
import vn.chibo.security.service.SystemUser;

/**
 * Drafts and minutes written before search text existed (databases older than migration V6), members and plan
 * topics (V7) get it once, at start-up: a no-op query afterwards.
 */
@Component
@Order(5)
class SearchIndexStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final DraftService drafts;
    private final MinutesSearch minutes;
    private final MemberService members;
    private final TopicSearch topics;

    SearchIndexStartup(DraftService drafts, MinutesSearch minutes, MemberService members, TopicSearch topics) {
        this.drafts = drafts;
        this.minutes = minutes;
        this.members = members;
        this.topics = topics;
    }

    @Override
    public void run(ApplicationArguments args) {
        int filled = SystemUser.call(
                () -> members.indexMissing() + topics.indexMissing() + drafts.indexMissing() + minutes.indexMissing());
        if (filled > 0) {
            log.info("Search text filled for {} members, topics, drafts and minutes written before it existed", filled);
        }
    }
}
