package vn.chibo.search.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.text.RichText;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.draft.service.BoardRow;
import vn.chibo.draft.service.DraftService;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicRow;

/**
 * Search across members, plan topics, drafts and minutes of the cells the user may see, without accents
 * ("hoan" finds "Hoàn"): every word typed must appear. Each feature's own service is asked, so its access
 * rules apply (a member sees only published plans and submitted drafts).
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    static final int MAX_HITS = 50;

    private final OrganizationService organizations;
    private final MemberService members;
    private final PlanService plans;
    private final DraftService drafts;
    private final ScheduleService schedule;
    private final MinutesService minutes;
    private final Clock clock;

    SearchService(OrganizationService organizations, MemberService members, PlanService plans, DraftService drafts,
            ScheduleService schedule, MinutesService minutes, Clock clock) {
        this.organizations = organizations;
        this.members = members;
        this.plans = plans;
        this.drafts = drafts;
        this.schedule = schedule;
        this.minutes = minutes;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<SearchHit> search(String query) {
        List<String> words = Arrays.stream(Vietnamese.fold(query).split("\\s+")).filter(w -> w.length() >= 2).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        int year = LocalDate.now(clock).getYear();
        List<SearchHit> hits = new ArrayList<>();
        for (OrganizationInfo cell : organizations.readableCells()) {
            for (MemberSummary m : members.summaries(cell.id())) {
                if (matches(words, m.fullName() + " " + String.join(" ", m.strengths()))) {
                    hits.add(new SearchHit(SearchHit.Kind.MEMBER, m.fullName(), cell.name(), "members/" + m.id()));
                }
            }
            for (int y = year - 1; y <= year + 1; y++) {
                int planYear = y;
                plans.find(cell.id(), y).ifPresent(plan -> {
                    for (TopicRow t : plans.topics(plan.id())) {
                        if (matches(words, t.title() + " " + (t.goals() == null ? "" : t.goals()) + " "
                                + (t.presenterName() == null ? "" : t.presenterName()))) {
                            hits.add(new SearchHit(SearchHit.Kind.TOPIC, t.title(), cell.name() + " · " + t.month() + "/"
                                    + planYear, "plan/" + planYear));
                        }
                    }
                });
                for (BoardRow r : drafts.board(cell.id(), y)) {
                    if (r.latestNumber() == 0) {
                        continue;
                    }
                    String body = RichText.plainText(drafts.version(r.topicId(), r.latestNumber()).bodyHtml());
                    if (matches(words, r.title() + " " + (r.presenterName() == null ? "" : r.presenterName()) + " " + body)) {
                        hits.add(new SearchHit(SearchHit.Kind.DRAFT, r.title() + " (v" + r.latestNumber() + ")",
                                snippet(body, words), "draft/" + r.topicId()));
                    }
                }
            }
            for (MeetingRow m : schedule.between(cell.id(), LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 1, 1))) {
                if (m.status() != MeetingStatus.LOCKED && m.status() != MeetingStatus.HELD) {
                    continue;
                }
                MeetingSheet s = minutes.sheet(m.id());
                String text = String.join(" ", nz(m.title()), nz(s.content()), nz(s.conclusion()), nz(s.resolution()),
                        String.join(" ", s.opinions().stream().map(o -> o.speaker() + " " + o.text()).toList()));
                if (matches(words, text)) {
                    hits.add(new SearchHit(SearchHit.Kind.MINUTES, (m.title() == null ? "" : m.title() + " · ")
                            + m.scheduledAt().toLocalDate(), snippet(text, words), "meeting/" + m.id()));
                }
            }
            if (hits.size() >= MAX_HITS) {
                break;
            }
        }
        return hits.size() > MAX_HITS ? hits.subList(0, MAX_HITS) : hits;
    }

    static boolean matches(List<String> words, String text) {
        String folded = Vietnamese.fold(text);
        return words.stream().allMatch(folded::contains);
    }

    /** The words around the first match, as found in the original text. */
    static String snippet(String text, List<String> words) {
        String folded = Vietnamese.fold(text);
        int at = Math.max(0, folded.indexOf(words.getFirst()));
        int from = Math.max(0, at - 60);
        int to = Math.min(text.length(), at + 100);
        // folding keeps the length of Vietnamese text, so positions carry over
        return (from > 0 ? "…" : "") + text.substring(Math.min(from, text.length()), to).strip() + (to < text.length() ? "…" : "");
    }

    private static String nz(@org.jspecify.annotations.Nullable String s) {
        return s == null ? "" : s;
    }
}
