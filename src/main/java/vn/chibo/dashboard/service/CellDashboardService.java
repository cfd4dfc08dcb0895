package vn.chibo.dashboard.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.i18n.Translations;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.draft.service.BoardRow;
import vn.chibo.draft.service.DraftService;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.organization.service.AccessPolicy;
import vn.chibo.plan.service.FairnessReport;
import vn.chibo.plan.service.PlanCompliance;
import vn.chibo.plan.service.PlanReports;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.RotationService;

/** Gathers the cell's home page from the features that own each part (their access rules apply). */
@Service
@Transactional(readOnly = true)
public class CellDashboardService {

    private final ScheduleService schedule;
    private final MinutesService minutes;
    private final DraftService drafts;
    private final PlanService plans;
    private final PlanReports reports;
    private final RotationService rotation;
    private final CommendationService commendations;
    private final AccessPolicy access;
    private final Translations text;
    private final Clock clock;

    CellDashboardService(
            ScheduleService schedule,
            MinutesService minutes,
            DraftService drafts,
            PlanService plans,
            PlanReports reports,
            RotationService rotation,
            CommendationService commendations,
            AccessPolicy access,
            Translations text,
            Clock clock) {
        this.schedule = schedule;
        this.minutes = minutes;
        this.drafts = drafts;
        this.plans = plans;
        this.reports = reports;
        this.rotation = rotation;
        this.commendations = commendations;
        this.access = access;
        this.text = text;
        this.clock = clock;
    }

    @PreAuthorize("@access.canReadCell(#cellId)")
    public CellDashboard of(long cellId) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<MeetingRow> yearMeetings =
                schedule.between(cellId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        MeetingRow next = schedule.between(cellId, today, today.plusDays(90)).stream()
                .filter(m -> m.status().isUpcoming() || m.status() == MeetingStatus.IN_PROGRESS)
                .findFirst()
                .orElse(null);
        List<CellDashboard.Check> readiness = next == null ? List.of() : readiness(next);
        List<BoardRow> board = drafts.board(cellId, year);
        List<BoardRow> toReview = access.canManageCell(cellId)
                ? board.stream()
                        .filter(r -> r.status() == DraftStatus.SUBMITTED)
                        .toList()
                : List.of();
        List<Integer> monthsWithout = new ArrayList<>();
        List<Integer> quartersWithout = new ArrayList<>();
        plans.find(cellId, year).ifPresent(p -> {
            PlanCompliance c = reports.compliance(p.id());
            monthsWithout.addAll(c.monthsWithoutRegularMeeting());
            quartersWithout.addAll(c.quartersMissing());
        });
        int[] present = new int[12];
        int[] expected = new int[12];
        for (MeetingRow m : yearMeetings) {
            if (m.status() == MeetingStatus.LOCKED) {
                MeetingSheet s = minutes.sheet(m.id());
                present[m.scheduledAt().getMonthValue() - 1] += s.counts().present();
                expected[m.scheduledAt().getMonthValue() - 1] += s.counts().expected();
            }
        }
        int[] rate = new int[12];
        for (int i = 0; i < 12; i++) {
            rate[i] = expected[i] == 0 ? -1 : Math.round(present[i] * 100f / expected[i]);
        }
        FairnessReport fairness = rotation.fairness(cellId, year);
        List<FairnessReport.Row> rows =
                fairness.rows().stream().filter(r -> r.in(year) > 0).toList();
        return new CellDashboard(
                next,
                readiness,
                toReview,
                monthsWithout,
                quartersWithout,
                rate,
                rows.stream().map(FairnessReport.Row::name).toList(),
                rows.stream().map(r -> r.in(year)).toList(),
                commendations.recent(cellId, 5));
    }

    private List<CellDashboard.Check> readiness(MeetingRow next) {
        MeetingSheet s = minutes.sheet(next.id());
        List<CellDashboard.Check> checks = new ArrayList<>(List.of(
                new CellDashboard.Check("home.check.chair", s.chairName() != null),
                new CellDashboard.Check("home.check.taker", s.takerName() != null),
                new CellDashboard.Check("home.check.notified", s.notifiedAt() != null)));
        if (next.type() == MeetingType.THEMATIC && next.topicId() != null) {
            DraftStatus status = drafts.details(next.topicId()).progress().status();
            checks.add(new CellDashboard.Check(
                    "home.check.draft",
                    Arrays.asList(DraftStatus.APPROVED, DraftStatus.PRESENTED).contains(status)));
        }
        return checks;
    }
}
