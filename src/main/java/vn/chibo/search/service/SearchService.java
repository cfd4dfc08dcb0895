package vn.chibo.search.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.text.SearchWords;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.draft.service.DraftHit;
import vn.chibo.draft.service.DraftLinks;
import vn.chibo.draft.service.DraftService;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.service.MinutesHit;
import vn.chibo.minutes.service.MinutesLinks;
import vn.chibo.minutes.service.MinutesSearch;
import vn.chibo.organization.service.MemberHit;
import vn.chibo.organization.service.MemberLinks;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.plan.service.PlanLinks;
import vn.chibo.plan.service.TopicHit;
import vn.chibo.plan.service.TopicSearch;

/**
 * Search across members, plan topics, drafts and minutes of the cells the user may see, without accents
 * ("hoan" finds "Hoàn"): every word typed must appear. Each feature's own service is asked, so its access
 * rules apply (a member sees only published plans and submitted drafts).
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    /** Dates as Vietnamese readers write them (never ISO). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static final int MAX_HITS = 50;

    private final OrganizationService organizations;
    private final MemberService members;
    private final TopicSearch topicSearch;
    private final DraftService drafts;
    private final ScheduleService schedule;
    private final MinutesSearch minutes;
    private final Clock clock;

    SearchService(
            OrganizationService organizations,
            MemberService members,
            TopicSearch topicSearch,
            DraftService drafts,
            ScheduleService schedule,
            MinutesSearch minutes,
            Clock clock) {
        this.topicSearch = topicSearch;
        this.organizations = organizations;
        this.members = members;
        this.drafts = drafts;
        this.schedule = schedule;
        this.minutes = minutes;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<SearchHit> search(String query) {
        SearchWords words = SearchWords.of(query);
        if (words.isEmpty()) {
            return List.of();
        }
        int year = LocalDate.now(clock).getYear();
        Map<Long, String> cellNames = new LinkedHashMap<>();
        organizations.readableCells().forEach(c -> cellNames.put(c.id(), c.name()));
        List<Long> cells = List.copyOf(cellNames.keySet());
        List<SearchHit> hits = new ArrayList<>();
        // one query per kind, whatever the number of cells (docs/performance.md)
        for (MemberHit m : members.search(cells, words, MAX_HITS)) {
            hits.add(new SearchHit(
                    SearchHit.Kind.MEMBER, m.fullName(), cellNames.get(m.cellId()), MemberLinks.member(m.id())));
        }
        for (TopicHit t : topicSearch.search(cells, year - 1, year + 1, words, MAX_HITS)) {
            hits.add(new SearchHit(
                    SearchHit.Kind.TOPIC,
                    t.title(),
                    cellNames.get(t.cellId()) + " · " + t.month() + "/" + t.year(),
                    PlanLinks.page(t.year())));
        }
        // last year and this one, as for topics: what a cell works with (and a bounded scan at district scale)
        LocalDate since = LocalDate.of(year - 1, 1, 1);
        List<DraftHit> drafts = this.drafts.search(cells, since, words, MAX_HITS);
        Map<Long, TopicHit> topics =
                topicSearch.topicsById(drafts.stream().map(DraftHit::topicId).toList());
        for (DraftHit d : drafts) {
            TopicHit t = topics.get(d.topicId());
            hits.add(new SearchHit(
                    SearchHit.Kind.DRAFT,
                    (t == null ? "" : t.title()) + " (v" + d.number() + ")",
                    snippet(d.plainText(), words),
                    DraftLinks.page(d.topicId())));
        }
        List<MinutesHit> found = minutes.search(cells, since, words, MAX_HITS);
        Map<Long, MeetingRow> meetings = new HashMap<>();
        schedule.rows(found.stream().map(MinutesHit::meetingId).toList()).forEach(m -> meetings.put(m.id(), m));
        for (MinutesHit h : found) {
            MeetingRow m = meetings.get(h.meetingId());
            hits.add(new SearchHit(
                    SearchHit.Kind.MINUTES,
                    (m.title() == null ? "" : m.title() + " · ") + DAY.format(m.scheduledAt()),
                    snippet(h.text(), words),
                    MinutesLinks.meeting(m.id())));
        }
        return hits.size() > MAX_HITS ? List.copyOf(hits.subList(0, MAX_HITS)) : hits;
    }

    /** The words around the first match, as found in the original text. */
    static String snippet(String text, SearchWords words) {
        String folded = Vietnamese.fold(text);
        int at = Math.max(0, folded.indexOf(words.words().getFirst()));
        int from = Math.max(0, at - 60);
        int to = Math.min(text.length(), at + 100);
        // folding keeps the length of Vietnamese text, so positions carry over
        return (from > 0 ? "…" : "")
                + text.substring(Math.min(from, text.length()), to).strip()
                + (to < text.length() ? "…" : "");
    }
}
