package vn.chibo.plan.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.Backfill;
import vn.chibo.base.text.SearchWords;
import vn.chibo.plan.domain.PlanTopic;
import vn.chibo.plan.domain.PlanTopicRepository;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.CurrentUser;

/**
 * Finding topics by their words or by id (the topics of found drafts), and the search text of topics written before
 * it existed.
 */
@Service
@Transactional(readOnly = true)
public class TopicSearch {

    private final PlanTopicRepository topics;
    private final CurrentUser currentUser;

    TopicSearch(PlanTopicRepository topics, CurrentUser currentUser) {
        this.topics = topics;
        this.currentUser = currentUser;
    }

    /**
     * Topics of these cells' plans from {@code fromYear} to {@code toYear} whose title, goals or presenter has every
     * word — in one query, at most {@code max}; a plain member sees published plans only, as on the plan page.
     */
    @PreAuthorize("@access.canReadCells(#cellIds)")
    public List<TopicHit> search(Collection<Long> cellIds, int fromYear, int toYear, SearchWords words, int max) {
        if (cellIds.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        boolean plainMember =
                currentUser.get().map(u -> u.role() == Role.MEMBER).orElse(true);
        // the query matches the first SearchWords.IN_QUERY words; any further ones are checked here
        return topics
                .search(
                        cellIds,
                        fromYear,
                        toYear,
                        !plainMember,
                        words.like(0),
                        words.like(1),
                        words.like(2),
                        words.like(3),
                        Limit.of(max))
                .stream()
                .filter(t -> words.matchesFolded(t.getSearchText() + " "
                        + (t.getPresenter() == null ? "" : t.getPresenter().getSearchName())))
                .map(TopicSearch::hit)
                .toList();
    }

    /** Fills the search text of topics written before it existed; returns how many were filled. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int indexMissing() {
        return Backfill.inBatches(() -> topics.findNotIndexed(PageRequest.of(0, 500)), batch -> {
            batch.forEach(PlanTopic::indexForSearch);
            topics.saveAllAndFlush(batch);
        });
    }

    /** Topics by id, in one query (titles of found drafts). */
    @PreAuthorize("isAuthenticated()")
    @PostAuthorize("@access.canReadCells(returnObject.values().![cellId()])")
    public Map<Long, TopicHit> topicsById(Collection<Long> topicIds) {
        return topicIds.isEmpty()
                ? Map.of()
                : topics.findAllWithPlan(topicIds).stream()
                        .collect(Collectors.toMap(PlanTopic::requireId, TopicSearch::hit));
    }

    static TopicHit hit(PlanTopic t) {
        return new TopicHit(
                t.requireId(),
                t.getPlan().getCell().requireId(),
                t.getPlan().getYear(),
                t.getTargetMonth(),
                t.getTitle());
    }
}
