package vn.chibo.dashboard.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.i18n.Translations;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.document.IssuingBody;
import vn.chibo.document.PartyDocument;
import vn.chibo.document.SheetWriter;
import vn.chibo.document.VietnameseDates;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.service.AttendanceStatistics;
import vn.chibo.minutes.service.QualityService;
import vn.chibo.minutes.service.QualityYear;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.register.domain.DocumentKind;
import vn.chibo.register.service.DocumentRegister;
import vn.chibo.register.service.IssuedNumber;
import vn.chibo.security.service.CurrentUser;

/**
 * What a đảng bộ needs to see of its cells: for every cell it oversees, month by month, whether the regular
 * meeting was held and its minutes locked, thematic meetings per quarter, attendance, and why a cell is behind.
 */
@Service
@Transactional(readOnly = true)
public class OversightService {

    /** Minutes still open this many days after the meeting are overdue. */
    static final int MINUTES_DAYS = 7;

    private final OrganizationService organizations;
    private final DocumentRegister register;
    private final ScheduleService schedule;
    private final AttendanceStatistics statistics;
    private final QualityService quality;
    private final CurrentUser currentUser;
    private final Translations text;
    private final Clock clock;

    OversightService(
            OrganizationService organizations,
            ScheduleService schedule,
            AttendanceStatistics statistics,
            CurrentUser currentUser,
            Translations text,
            Clock clock,
            QualityService quality,
            DocumentRegister register) {
        this.register = register;
        this.quality = quality;
        this.organizations = organizations;
        this.schedule = schedule;
        this.statistics = statistics;
        this.currentUser = currentUser;
        this.text = text;
        this.clock = clock;
    }

    /** Every cell the committee (or the administrator) oversees, for a year. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMITTEE')")
    public List<CellOverview> overview(int year) {
        List<OrganizationInfo> cells = organizations.readableCells();
        List<Long> ids = cells.stream().map(OrganizationInfo::id).toList();
        // three queries whatever the number of cells
        Map<Long, List<MeetingRow>> meetings =
                schedule.betweenInCells(ids, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        Map<Long, int[]> attendance = statistics.lockedAttendance(ids, year);
        Map<Long, QualityYear> qualities = quality.yearOfCells(ids, year);
        return cells.stream()
                .map(c -> cell(
                        c,
                        year,
                        meetings.getOrDefault(c.id(), List.of()),
                        attendance.getOrDefault(c.id(), new int[2]),
                        qualities.getOrDefault(c.id(), QualityYear.none(c.id()))))
                .toList();
    }

    /** The overview as a spreadsheet: cells down, months and quarters across. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMITTEE')")
    public byte[] overviewXlsx(int year) {
        List<CellOverview> cells = overview(year);
        List<String> headers = new ArrayList<>(List.of(text.vi("oversight.col.cell")));
        for (int m = 1; m <= 12; m++) {
            headers.add("T" + m);
        }
        for (int q = 1; q <= 4; q++) {
            headers.add(text.vi("oversight.col.quarter", q));
        }
        headers.addAll(List.of(text.vi("oversight.col.attendance"), text.vi("oversight.col.behind")));
        List<List<Object>> rows = new ArrayList<>();
        for (CellOverview c : cells) {
            List<Object> row = new ArrayList<>(List.of(c.cellName()));
            c.months().forEach(s -> row.add(text.vi("oversight.state." + s.name())));
            for (int n : c.thematicPerQuarter()) {
                row.add(n);
            }
            row.add(c.attendancePercent() < 0 ? "" : c.attendancePercent() + "%");
            row.add(String.join("; ", c.behind()));
            rows.add(row);
        }
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, 11);
        widths[0] = 34;
        widths[widths.length - 1] = 70;
        try (SheetWriter w = new SheetWriter()) {
            return w.sheet(text.vi("oversight.sheet", year), text.vi("oversight.title", year), headers, rows, widths)
                    .toBytes();
        }
    }

    /** The report signed by the committee's secretary, as the logged-in member of the committee. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public byte[] reportDocx(int year) {
        return reportDocx(year, false, null);
    }

    /**
     * A short report (BÁO CÁO) to the level above: the figures and which cells are behind, and why — issued by the
     * committee and signed for it (T/M ĐẢNG ỦY) by its secretary or, {@code deputy}, its deputy secretary;
     * {@code signer} is the signer's name (default: whoever issues it).
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional // the first issue numbers the report in the committee's register
    public byte[] reportDocx(int year, boolean deputy, @Nullable String signer) {
        return reportDocx(year, deputy, signer, null);
    }

    /** The number and date the committee's report of the year was issued with, if it was. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public Optional<IssuedNumber> reportNumber(int year) {
        return register.find(currentUser.require().organizationId(), DocumentKind.BC, DocumentRegister.REPORT, year);
    }

    /**
     * The report as {@link #reportDocx(int, boolean, String)}, issued on {@code issuedOn} when this is its first
     * issue (default today): a day from 1 January of the year up to today. Issued once, it keeps its number and date.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional // the first issue numbers the report in the committee's register
    public byte[] reportDocx(int year, boolean deputy, @Nullable String signer, @Nullable LocalDate issuedOn) {
        String name = signer == null ? "" : Vietnamese.clean(signer);
        if (name.length() > 100) {
            throw new BusinessException("error.tooLong", 100);
        }
        List<CellOverview> cells = overview(year);
        OrganizationInfo committee = organizations.get(currentUser.require().organizationId());
        List<OrganizationInfo> chain = organizations.ancestry(committee.id());
        String parent = chain.size() >= 2 ? chain.get(chain.size() - 2).name() : "";
        // numbered (BC) and dated when first issued, then kept: downloaded again, it reads the same
        LocalDate today = LocalDate.now(clock);
        LocalDate day = issuedOn == null ? today : issuedOn;
        if (reportNumber(year).isEmpty() && (day.isAfter(today) || day.getYear() < year)) {
            throw new BusinessException(
                    "register.error.issueDay",
                    VietnameseDates.numeric(LocalDate.of(year, 1, 1)),
                    VietnameseDates.numeric(today));
        }
        IssuedNumber number = register.issue(
                committee.id(),
                DocumentKind.BC,
                DocumentRegister.REPORT,
                year,
                day,
                "Báo cáo " + text.vi("oversight.report.summary", year));
        long behind = cells.stream().filter(CellOverview::isBehind).count();
        PartyDocument doc = PartyDocument.a4()
                .header(
                        parent,
                        IssuingBody.committeeOf(committee.name()),
                        number.printed(),
                        VietnameseDates.placeAndDate(
                                committee.place() == null ? "" : committee.place(), number.issuedOn()))
                .title(text.vi("oversight.report.type"), text.vi("oversight.report.summary", year))
                .heading(text.vi("oversight.report.situation"))
                .paragraph(text.vi("oversight.report.counts", cells.size(), cells.size() - behind, behind));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (CellOverview c : cells) {
            long held = c.months().stream()
                    .filter(s -> s == CellOverview.MonthState.HELD
                            || s == CellOverview.MonthState.MINUTES_OPEN
                            || s == CellOverview.MonthState.MINUTES_OVERDUE)
                    .count();
            rows.add(List.of(
                    String.valueOf(i++),
                    c.cellName(),
                    String.valueOf(held),
                    String.valueOf(Arrays.stream(c.thematicPerQuarter()).sum()),
                    c.attendancePercent() < 0 ? "" : c.attendancePercent() + "%"));
        }
        doc.table(
                List.of(
                        "STT",
                        text.vi("oversight.col.cell"),
                        text.vi("oversight.report.col.held"),
                        text.vi("oversight.report.col.thematic"),
                        text.vi("oversight.col.attendance")),
                rows,
                new int[] {9, 41, 17, 17, 16},
                13);
        doc.heading(text.vi("oversight.report.behind"));
        if (behind == 0) {
            doc.paragraph(text.vi("oversight.report.noneBehind"));
        }
        cells.stream()
                .filter(CellOverview::isBehind)
                .forEach(c -> doc.item(c.cellName() + ": " + String.join("; ", c.behind()) + "."));
        doc.recipientsAndSignature(
                text.vi("doc.recipients"),
                List.of(text.vi("oversight.report.recipients").split("\n")),
                new PartyDocument.SignatureBlock(
                        List.of(
                                text.vi("oversight.report.onBehalf"),
                                text.vi(deputy ? "oversight.report.deputy" : "oversight.report.secretary")),
                        null,
                        name.isEmpty() ? currentUser.require().displayName() : name));
        return doc.pageNumbers().toBytes();
    }

    private CellOverview cell(
            OrganizationInfo cell, int year, List<MeetingRow> meetings, int[] attendance, QualityYear quality) {
        LocalDate today = LocalDate.now(clock);
        List<CellOverview.MonthState> months = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        List<Integer> overdue = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            int mm = month;
            List<MeetingRow> regular = meetings.stream()
                    .filter(m -> m.type() == MeetingType.REGULAR
                            && m.scheduledAt().getMonthValue() == mm
                            && m.status() != MeetingStatus.CANCELLED)
                    .toList();
            LocalDate monthEnd = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
            CellOverview.MonthState state = state(regular, monthEnd, today);
            if (state == CellOverview.MonthState.MISSING) {
                missing.add(month);
            } else if (state == CellOverview.MonthState.MINUTES_OVERDUE) {
                overdue.add(month);
            }
            months.add(state);
        }
        int[] quarters = new int[4];
        for (MeetingRow m : meetings) {
            boolean held = m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.LOCKED;
            if (held && m.type() == MeetingType.THEMATIC) {
                quarters[(m.scheduledAt().getMonthValue() - 1) / 3]++;
            }
        }
        int present = attendance[0];
        int expected = attendance[1];
        List<String> behind = new ArrayList<>();
        if (!missing.isEmpty()) {
            behind.add(text.vi("oversight.behind.missing", months(missing)));
        }
        if (!overdue.isEmpty()) {
            behind.add(text.vi("oversight.behind.overdue", months(overdue)));
        }
        for (int q = 0; q < 4; q++) {
            LocalDate quarterEnd =
                    LocalDate.of(year, q * 3 + 3, 1).plusMonths(1).minusDays(1);
            if (quarters[q] == 0 && quarterEnd.isBefore(today)) {
                behind.add(text.vi("oversight.behind.quarter", q + 1));
            }
        }
        return new CellOverview(
                cell.id(),
                cell.name(),
                months,
                quarters,
                expected == 0 ? -1 : Math.round(present * 100f / expected),
                behind,
                quality.meetings(),
                quality.shortMeetings());
    }

    private static CellOverview.MonthState state(List<MeetingRow> regular, LocalDate monthEnd, LocalDate today) {
        if (regular.stream().anyMatch(m -> m.status() == MeetingStatus.LOCKED)) {
            return CellOverview.MonthState.HELD;
        }
        MeetingRow held = regular.stream()
                .filter(m -> m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.IN_PROGRESS)
                .findFirst()
                .orElse(null);
        if (held != null) {
            return held.scheduledAt().toLocalDate().plusDays(MINUTES_DAYS).isBefore(today)
                    ? CellOverview.MonthState.MINUTES_OVERDUE
                    : CellOverview.MonthState.MINUTES_OPEN;
        }
        boolean upcoming =
                regular.stream().anyMatch(m -> !m.scheduledAt().toLocalDate().isBefore(today));
        if (upcoming) {
            return CellOverview.MonthState.PLANNED;
        }
        return monthEnd.isBefore(today) || !regular.isEmpty()
                ? CellOverview.MonthState.MISSING
                : CellOverview.MonthState.NONE;
    }

    private static String months(List<Integer> months) {
        return String.join(", ", months.stream().map(String::valueOf).toList());
    }
}
