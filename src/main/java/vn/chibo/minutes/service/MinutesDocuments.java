package vn.chibo.minutes.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.i18n.Translations;
import vn.chibo.document.DocxTemplate;
import vn.chibo.document.PartyDocument;
import vn.chibo.document.SheetWriter;
import vn.chibo.document.VietnameseDates;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;

/**
 * The minutes (biên bản) as the Party's document format prints them — header blocks, BIÊN BẢN and its summary
 * line, the body in the usual order, THƯ KÝ and CHỦ TRÌ signatures — and a year's minutes book; the attendance
 * register as a spreadsheet.
 */
@Service
@Transactional(readOnly = true)
public class MinutesDocuments {

    private final MinutesService minutes;
    private final EvaluationService evaluations;
    private final CommendationService commendations;
    private final ScheduleService schedule;
    private final OrganizationService organizations;
    private final Translations text;
    private final MinutesTemplates templates;
    private final AuditService audit;
    private final QualitySheetDocx qualitySheet;

    MinutesDocuments(MinutesService minutes, EvaluationService evaluations, CommendationService commendations,
            ScheduleService schedule, OrganizationService organizations, Translations text, MinutesTemplates templates, AuditService audit,
            QualitySheetDocx qualitySheet) {
        this.qualitySheet = qualitySheet;
        this.audit = audit;
        this.templates = templates;
        this.minutes = minutes;
        this.evaluations = evaluations;
        this.commendations = commendations;
        this.schedule = schedule;
        this.organizations = organizations;
        this.text = text;
    }

    /** One meeting's minutes; only once it has been held. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional // writes the audit line
    public byte[] minutesDocx(long meetingId) {
        MeetingSheet s = minutes.sheet(meetingId);
        requireHeld(s);
        byte[] docx = filled(s);
        audit.recordRead("EXPORT_MINUTES", "Meeting", meetingId, s.meeting().cellId(), "minutes.docx");
        return docx;
    }

    /** Every locked minutes of the cell for a year, with a list of contents, each on its own pages. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional // writes the audit line
    public byte[] minutesBook(long cellId, int year) {
        byte[] docx = book(cellId, year, lockedSheets(cellId, year));
        audit.recordRead("EXPORT_MINUTES_BOOK", "Organization", cellId, cellId, "minutes-book-" + year + ".docx");
        return docx;
    }

    /** The book of the given minutes (package-private for the benchmark, which builds a 100-meeting book). */
    byte[] book(long cellId, int year, List<MeetingSheet> sheets) {
        OrganizationInfo cell = organizations.get(cellId);
        PartyDocument doc = PartyDocument.a4()
                .header(parentName(cellId), cell.name(), null, VietnameseDates.placeAndDate(place(cell),
                        LocalDate.of(year, 12, 31)))
                .title(text.vi("doc.book.type"), text.vi("doc.book.summary", year));
        doc.heading(text.vi("doc.book.contents"));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (MeetingSheet s : sheets) {
            rows.add(List.of(String.valueOf(i++), VietnameseDates.date(s.meeting().scheduledAt().toLocalDate()),
                    summary(s.meeting())));
        }
        doc.table(List.of("STT", text.vi("doc.book.col.date"), text.vi("doc.book.col.meeting")), rows,
                new int[] {8, 30, 62}, 13);
        DocxTemplate template = templates.forCell(cellId);
        for (MeetingSheet s : sheets) {
            doc.pageBreak();
            doc.append(qualitySheet.appendTo(template.fill(values(s), lists(s)), s.meeting().id()));
        }
        return doc.pageNumbers().toBytes();
    }

    /** The attendance register: members down, meetings across, one mark per meeting. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    public byte[] attendanceXlsx(long cellId, int year) {
        List<MeetingSheet> sheets = lockedSheets(cellId, year);
        java.util.LinkedHashMap<Long, String> people = new java.util.LinkedHashMap<>();
        sheets.forEach(s -> s.attendance().forEach(a -> people.putIfAbsent(a.memberId(), a.name())));
        List<String> headers = new ArrayList<>(List.of(text.vi("member.fullName")));
        for (MeetingSheet s : sheets) {
            headers.add(String.format("%02d/%02d%s", s.meeting().scheduledAt().getDayOfMonth(),
                    s.meeting().scheduledAt().getMonthValue(), s.meeting().type() == MeetingType.THEMATIC ? " CĐ" : ""));
        }
        headers.addAll(List.of(text.vi("doc.attendance.present"), text.vi("doc.attendance.excused"),
                text.vi("doc.attendance.unexcused")));
        List<List<Object>> rows = new ArrayList<>();
        for (var person : people.entrySet()) {
            List<Object> row = new ArrayList<>(List.of(person.getValue()));
            int present = 0;
            int excused = 0;
            int unexcused = 0;
            for (MeetingSheet s : sheets) {
                var a = s.attendance().stream().filter(x -> x.memberId() == person.getKey()).findFirst().orElse(null);
                String mark = a == null ? "" : a.exempted() ? "M" : a.status() == null ? "" : switch (a.status()) {
                    case PRESENT -> "x";
                    case LATE -> "m";
                    case EXCUSED -> "P";
                    case UNEXCUSED -> "K";
                };
                if (a != null && a.status() != null && !a.exempted()) {
                    if (a.status().isPresent()) {
                        present++;
                    } else if (a.status() == AttendanceStatus.EXCUSED) {
                        excused++;
                    } else {
                        unexcused++;
                    }
                }
                row.add(mark);
            }
            row.addAll(List.of(present, excused, unexcused));
            rows.add(row);
        }
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 8);
        widths[0] = 28;
        try (SheetWriter w = new SheetWriter()) {
            return w.sheet(text.vi("doc.attendance.sheet", year), text.vi("doc.attendance.title", year,
                    organizations.get(cellId).name()) + " — " + text.vi("doc.attendance.legend"), headers, rows, widths)
                    .toBytes();
        }
    }

    /** Presentations and the evaluations received, per member: for the cell's secretaries only. */
    @PreAuthorize("@access.canManageCell(#cellId)")
    public byte[] presentationsXlsx(long cellId, int year) {
        List<List<Object>> rows = new ArrayList<>();
        for (MeetingSheet s : lockedSheets(cellId, year)) {
            MeetingRow m = s.meeting();
            if (m.type() != MeetingType.THEMATIC || m.presenterName() == null) {
                continue;
            }
            var e = evaluations.of(m.id()).orElse(null);
            rows.add(List.of(m.presenterName(), m.scheduledAt().toLocalDate(), m.title() == null ? "" : m.title(),
                    e == null || e.rating() == null ? "" : e.rating(), e == null || e.strengths() == null ? "" : e.strengths(),
                    e == null || e.shortcomings() == null ? "" : e.shortcomings()));
        }
        rows.sort(java.util.Comparator.comparing(r -> r.get(0).toString()));
        try (SheetWriter w = new SheetWriter()) {
            return w.sheet(text.vi("doc.presentations.sheet", year), text.vi("doc.presentations.title", year,
                    organizations.get(cellId).name()), List.of(text.vi("member.fullName"), text.vi("doc.book.col.date"),
                    text.vi("plan.col.topic"), text.vi("evaluation.rating"), text.vi("evaluation.strengths"),
                    text.vi("evaluation.shortcomings")), rows, new int[] {26, 12, 45, 12, 50, 50}).toBytes();
        }
    }

    /** The year's commendations, as the roll of honour lists them. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    public byte[] commendationsXlsx(long cellId, int year) {
        List<List<Object>> rows = commendations.rollOfHonour(cellId, year).stream()
                .map(c -> List.<Object>of(c.awardedOn(), c.memberName(), text.vi("enum.CommendationKind." + c.kind().name()),
                        c.reason())).toList();
        try (SheetWriter w = new SheetWriter()) {
            return w.sheet(text.vi("doc.honours.sheet", year), text.vi("honours.title", year) + " — "
                    + organizations.get(cellId).name(), List.of(text.vi("honours.date"), text.vi("member.fullName"),
                    text.vi("commendation.kind"), text.vi("commendation.reason")), rows, new int[] {12, 26, 22, 70}).toBytes();
        }
    }

    List<MeetingSheet> lockedSheets(long cellId, int year) {
        return schedule.between(cellId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .filter(m -> m.status() == MeetingStatus.LOCKED).map(m -> minutes.sheet(m.id())).toList();
    }

    /** The minutes filled into the cell's template (its own, or the built-in one). */
    private byte[] filled(MeetingSheet s) {
        return qualitySheet.appendTo(templates.forCell(s.meeting().cellId()).fill(values(s), lists(s)), s.meeting().id());
    }

    Map<String, String> values(MeetingSheet s) {
        MeetingRow m = s.meeting();
        OrganizationInfo cell = organizations.get(m.cellId());
        LocalDateTime opened = s.openedAt() != null ? s.openedAt() : m.scheduledAt();
        LocalDateTime closed = s.closedAt() != null ? s.closedAt() : opened.plusMinutes(m.durationMinutes());
        Counts c = s.counts();
        java.util.Locale vi = java.util.Locale.of("vi");
        Map<String, String> v = new java.util.HashMap<>();
        v.put("cell.name", cell.name());
        v.put("cell.name_upper", cell.name().toUpperCase(vi));
        v.put("cell.parent", parentName(m.cellId()));
        v.put("cell.parent_upper", parentName(m.cellId()).toUpperCase(vi));
        v.put("cell.place", place(cell));
        v.put("meeting.summary", summary(m));
        v.put("meeting.date", VietnameseDates.date(opened.toLocalDate()));
        v.put("meeting.opened", time(opened));
        v.put("meeting.closed", time(closed));
        v.put("meeting.place", m.place() == null ? "" : m.place());
        v.put("attendance.total", String.valueOf(c.total()));
        v.put("attendance.exempted", String.valueOf(c.exempted()));
        v.put("attendance.exempted_names", inBrackets(names(s, a -> a.exempted())));
        v.put("attendance.expected", String.valueOf(c.expected()));
        v.put("attendance.present", String.valueOf(c.present()));
        v.put("attendance.late", String.valueOf(c.late()));
        v.put("attendance.excused", String.valueOf(c.excused()));
        v.put("attendance.excused_names", inBrackets(s.attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.EXCUSED && !a.exempted())
                .map(a -> a.name() + (a.reason() == null ? "" : " – " + a.reason())).collect(Collectors.joining("; "))));
        v.put("attendance.unexcused", String.valueOf(c.unexcused()));
        v.put("attendance.unexcused_names",
                inBrackets(names(s, a -> a.status() == AttendanceStatus.UNEXCUSED && !a.exempted())));
        v.put("chair", s.chairName() == null ? "" : s.chairName());
        v.put("taker", s.takerName() == null ? "" : s.takerName());
        v.put("agenda", s.agenda());
        v.put("content", s.content() == null ? "" : s.content());
        v.put("conclusion", s.conclusion() == null ? "" : s.conclusion());
        v.put("approved", s.approvedCount() == null ? "…" : String.valueOf(s.approvedCount()));
        v.put("approval_total", s.approvalTotal() == null ? "…" : String.valueOf(s.approvalTotal()));
        v.put("quality", s.quality() == null ? "" : text.vi("enum.MeetingQuality." + s.quality().name()));
        return v;
    }

    Map<String, List<Map<String, String>>> lists(MeetingSheet s) {
        MeetingRow m = s.meeting();
        Map<String, List<Map<String, String>>> l = new java.util.HashMap<>();
        l.put("guests", s.guests() == null ? List.of() : List.of(Map.of("text", s.guests())));
        boolean presentationWritten = m.presenterName() != null && s.content() != null
                && s.content().contains(m.presenterName());
        l.put("presentation", m.type() != MeetingType.THEMATIC || m.presenterName() == null || presentationWritten
                ? List.of() : List.of(Map.of("presenter", m.presenterName(), "topic", m.title() == null ? "" : m.title())));
        l.put("has_opinions", s.opinions().isEmpty() ? List.of() : List.of(Map.of()));
        l.put("opinions", s.opinions().stream().map(o -> Map.of("speaker", o.speaker(), "text", o.text())).toList());
        l.put("resolution", s.resolution() == null ? List.of() : List.of(Map.of("text", s.resolution())));
        // the chair's assessment, the same for every reader; the personal rating is never printed ("rating" stays
        // a known field, empty, so that a cell's own template naming it still prints)
        l.put("evaluation", evaluations.assessment(m.id()).map(e -> List.of(Map.of(
                "presenter", e.presenterName(), "presenter_upper", e.presenterName().toUpperCase(java.util.Locale.of("vi")),
                "strengths", e.strengths() == null ? "" : e.strengths(),
                "shortcomings", e.shortcomings() == null ? "" : e.shortcomings(),
                "rating", ""))).orElse(List.of()));
        List<CommendationRow> honours = commendations.ofMeeting(m.id());
        l.put("has_commendations", honours.isEmpty() ? List.of() : List.of(Map.of()));
        l.put("commendations", honours.stream().map(h -> Map.of("line", text.vi("enum.CommendationKind." + h.kind().name())
                + ": " + text.vi("doc.minutes.comrade", h.memberName()) + " — " + h.reason())).toList());
        l.put("addenda", s.addenda().stream().map(a -> Map.of("line", text.vi("doc.minutes.addendum", a.number()) + ": "
                + a.text() + " (" + text.vi("doc.minutes.addendumBy", a.createdBy(),
                VietnameseDates.date(a.createdAt().atZone(vn.chibo.base.VietnamClock.VIETNAM).toLocalDate()))
                .replaceAll("\\.$", "") + ")")).toList());
        l.put("attendees", s.attendance().stream().map(a -> Map.of("name", a.name(), "status", a.exempted()
                ? text.vi("minutes.exempted") : a.status() == null ? "" : text.vi("enum.AttendanceStatus." + a.status().name())))
                .toList());
        return l;
    }

    private String summary(MeetingRow m) {
        return m.type() == MeetingType.THEMATIC
                ? text.vi("doc.minutes.summaryThematic", m.scheduledAt().getMonthValue(), m.scheduledAt().getYear())
                : text.vi("doc.minutes.summaryRegular", m.scheduledAt().getMonthValue(), m.scheduledAt().getYear());
    }

    private static String names(MeetingSheet s, java.util.function.Predicate<MeetingSheet.Attendee> which) {
        return s.attendance().stream().filter(which).map(MeetingSheet.Attendee::name).collect(Collectors.joining(", "));
    }

    private static String inBrackets(String names) {
        return names.isEmpty() ? "" : " (" + names + ")";
    }

    private static String time(LocalDateTime t) {
        return String.format("%02d giờ %02d phút", t.getHour(), t.getMinute());
    }

    private String parentName(long cellId) {
        List<OrganizationInfo> chain = organizations.ancestry(cellId);
        return chain.size() >= 2 ? chain.get(chain.size() - 2).name() : "";
    }

    private String place(OrganizationInfo cell) {
        if (cell.place() != null) {
            return cell.place();
        }
        return Optional.ofNullable(cell.parentId()).map(p -> organizations.ancestry(cell.id())).filter(l -> l.size() >= 2)
                .map(l -> l.get(l.size() - 2).place()).orElse("");
    }

    private static void requireHeld(MeetingSheet s) {
        MeetingStatus st = s.meeting().status();
        if (st != MeetingStatus.HELD && st != MeetingStatus.LOCKED) {
            throw new vn.chibo.base.domain.BusinessException("minutes.error.notHeld");
        }
    }
}
