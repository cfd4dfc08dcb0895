package vn.chibo.minutes.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.ReplayableClock;
import vn.chibo.base.VietnamClock;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.NotFoundException;
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
import vn.chibo.minutes.domain.MinutesVersion;
import vn.chibo.minutes.domain.MinutesVersionInfo;
import vn.chibo.minutes.domain.MinutesVersionRepository;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.organization.domain.Position;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.register.domain.DocumentKind;
import vn.chibo.register.service.DocumentRegister;
import vn.chibo.register.service.IssuedNumber;

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
    private final MemberService members;
    private final Translations text;
    private final MinutesTemplates templates;
    private final AuditService audit;
    private final MinutesVersionRepository versions;
    private final Clock clock;
    private final MeetingTaskLines taskLines;
    private final QualitySheetDocx qualitySheet;
    private final DocumentRegister register;

    MinutesDocuments(
            MinutesService minutes,
            EvaluationService evaluations,
            CommendationService commendations,
            ScheduleService schedule,
            OrganizationService organizations,
            MemberService members,
            Translations text,
            MinutesTemplates templates,
            AuditService audit,
            MinutesVersionRepository versions,
            Clock clock,
            MeetingTaskLines taskLines,
            QualitySheetDocx qualitySheet,
            DocumentRegister register) {
        this.register = register;
        this.versions = versions;
        this.clock = clock;
        this.members = members;
        this.taskLines = taskLines;
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

    /**
     * One meeting's minutes, once it has been held. Locked minutes are their official file — the same bytes for
     * every reader —, the latest version (with every addendum).
     */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional // writes the audit line
    public byte[] minutesDocx(long meetingId) {
        MeetingSheet s = minutes.sheet(meetingId);
        requireHeld(s);
        byte[] docx = s.isLocked() ? official(s).getDocx() : filled(s);
        audit.recordRead("EXPORT_MINUTES", "Meeting", meetingId, s.meeting().cellId(), "minutes.docx");
        return docx;
    }

    /** One earlier official version of locked minutes: 0 as locked, N with the first N addenda. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional // writes the audit line
    public byte[] minutesVersionDocx(long meetingId, int number) {
        MeetingSheet s = minutes.sheet(meetingId);
        official(s);
        long recordId = minutes.recordId(meetingId);
        byte[] docx = versions.findByRecordIdAndNumber(recordId, number)
                .orElseThrow(() -> new NotFoundException("minutes version", number))
                .getDocx();
        audit.recordRead("EXPORT_MINUTES", "Meeting", meetingId, s.meeting().cellId(), "minutes-v" + number + ".docx");
        return docx;
    }

    /** The number locked minutes were given in the cell's register ("Số 05-BB/CB"); none before the lock. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public Optional<IssuedNumber> number(long meetingId) {
        return numberOf(minutes.sheet(meetingId));
    }

    /** The official versions of locked minutes (none before the lock). */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional // locked minutes of replayed history get their files on first reading
    public List<MinutesVersionInfo> versions(long meetingId) {
        // versions exist only once the minutes are locked
        Optional<Long> recordId = minutes.findRecordId(meetingId);
        List<MinutesVersionInfo> listing = recordId.map(versions::listing).orElse(List.of());
        if (recordId.isEmpty() || !listing.isEmpty()) {
            return listing;
        }
        MeetingSheet s = minutes.sheet(meetingId);
        if (!s.isLocked()) {
            return listing;
        }
        official(s);
        return versions.listing(recordId.get());
    }

    /**
     * Makes the official file when minutes are locked or corrected, in the transaction that does it. History the
     * demo replays at start-up is the exception: its files are made on first reading (as for minutes locked before
     * files were kept), dated at their lock: some eighty files made at every start, and at every test context's
     * demo load, made it 40 % slower, for files few will open.
     */
    @EventListener
    @Transactional
    void issue(MinutesIssued e) {
        MeetingSheet s = minutes.sheet(e.meetingId());
        if (e.addendum() == 0) {
            number(s);
        }
        if (!ReplayableClock.replaying()) {
            versionsUpTo(s, e.recordId(), e.addendum());
        }
    }

    /** The latest official file; minutes locked before files were kept get theirs on first reading. */
    private MinutesVersion official(MeetingSheet s) {
        if (!s.isLocked()) {
            throw new BusinessException("minutes.error.notLocked");
        }
        return versionsUpTo(s, minutes.recordId(s.meeting().id()), s.addenda().size());
    }

    /**
     * Official version {@code last}, made with each earlier one still missing: version N shows the first N addenda
     * and is dated and signed as the lock (0) or the addendum (N) that made it.
     */
    private MinutesVersion versionsUpTo(MeetingSheet s, long recordId, int last) {
        for (int n = 0; n < last; n++) {
            version(s, recordId, n);
        }
        return version(s, recordId, last);
    }

    private MinutesVersion version(MeetingSheet s, long recordId, int number) {
        return versions.findByRecordIdAndNumber(recordId, number).orElseGet(() -> {
            if (number == 0) {
                number(s);
            }
            MeetingSheet.@Nullable AddendumRow addendum =
                    number == 0 ? null : s.addenda().get(number - 1);
            String by = addendum != null ? addendum.createdBy() : s.lockedBy();
            Instant at = addendum != null ? addendum.createdAt() : s.lockedAt();
            return versions.saveAndFlush(new MinutesVersion(
                    recordId, number, filled(s, number), by == null ? "" : by, at == null ? clock.instant() : at));
        });
    }

    /**
     * The day a year's book is dated: 31 December once the year is over, before that the day of its last locked
     * minutes (today when none) — never a day still to come.
     */
    LocalDate bookDate(int year, List<MeetingSheet> sheets) {
        LocalDate today = LocalDate.now(clock);
        if (today.getYear() > year) {
            return LocalDate.of(year, 12, 31);
        }
        return sheets.stream()
                .map(x -> x.meeting().scheduledAt().toLocalDate())
                .filter(d -> !d.isAfter(today))
                .max(Comparator.naturalOrder())
                .orElse(today);
    }

    /** Locked minutes are numbered in the cell's register (BB), dated the meeting's day; kept once given. */
    private MeetingSheet number(MeetingSheet s) {
        register.issue(
                s.meeting().cellId(),
                DocumentKind.BB,
                DocumentRegister.MINUTES,
                s.meeting().id(),
                s.meeting().scheduledAt().toLocalDate(),
                summary(s.meeting()));
        return s;
    }

    private Optional<IssuedNumber> numberOf(MeetingSheet s) {
        return s.isLocked()
                ? register.find(
                        s.meeting().cellId(),
                        DocumentKind.BB,
                        DocumentRegister.MINUTES,
                        s.meeting().id())
                : Optional.empty();
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
                .header(
                        parentName(cellId),
                        cell.name(),
                        null,
                        VietnameseDates.placeAndDate(place(cell), bookDate(year, sheets)))
                .title(text.vi("doc.book.type"), text.vi("doc.book.summary", year));
        doc.heading(text.vi("doc.book.contents"));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (MeetingSheet s : sheets) {
            String what = summary(s.meeting()); // "sinh hoạt chi bộ …" after a title; a line of its own here
            rows.add(List.of(
                    String.valueOf(i++),
                    VietnameseDates.numeric(s.meeting().scheduledAt().toLocalDate()),
                    what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1),
                    "")); // page: below
        }
        var contents = doc.table(
                List.of(
                        "STT",
                        text.vi("doc.book.col.date"),
                        text.vi("doc.book.col.meeting"),
                        text.vi("doc.book.col.page")),
                rows,
                new int[] {8, 24, 56, 12},
                13);
        for (int k = 0; k < sheets.size(); k++) { // each line gives the page where its minutes begin
            doc.pageReference(contents.getRow(k + 1).getCell(3), "BienBan" + (k + 1), 13);
        }
        DocxTemplate template = templates.forCell(cellId);
        int k = 0;
        for (MeetingSheet s : sheets) {
            doc.pageBreak();
            doc.append(
                    template.fill(
                            values(s),
                            lists(s),
                            d -> qualitySheet.appendTo(d, s.meeting().id())),
                    "BienBan" + ++k);
        }
        return doc.pageNumbers().toBytes();
    }

    /** The attendance register: members down, meetings across, one mark per meeting. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    public byte[] attendanceXlsx(long cellId, int year) {
        List<MeetingSheet> sheets = lockedSheets(cellId, year);
        LinkedHashMap<Long, String> people = new LinkedHashMap<>();
        sheets.forEach(s -> s.attendance().forEach(a -> people.putIfAbsent(a.memberId(), a.name())));
        List<String> headers = new ArrayList<>(List.of(text.vi("member.fullName")));
        for (MeetingSheet s : sheets) {
            headers.add(String.format(
                    "%02d/%02d%s",
                    s.meeting().scheduledAt().getDayOfMonth(),
                    s.meeting().scheduledAt().getMonthValue(),
                    s.meeting().type() == MeetingType.THEMATIC ? " CĐ" : ""));
        }
        headers.addAll(List.of(
                text.vi("doc.attendance.present"),
                text.vi("doc.attendance.excused"),
                text.vi("doc.attendance.unexcused")));
        List<List<Object>> rows = new ArrayList<>();
        for (var person : people.entrySet()) {
            List<Object> row = new ArrayList<>(List.of(person.getValue()));
            int present = 0;
            int excused = 0;
            int unexcused = 0;
            for (MeetingSheet s : sheets) {
                var a = s.attendance().stream()
                        .filter(x -> x.memberId() == person.getKey())
                        .findFirst()
                        .orElse(null);
                String mark = a == null
                        ? ""
                        : a.exempted()
                                ? "M"
                                : a.status() == null
                                        ? ""
                                        : switch (a.status()) {
                                            case PRESENT -> "x";
                                            case LATE -> "m";
                                            case EXCUSED -> "P";
                                            case UNEXCUSED -> "K";
                                            case TRANSFERRED -> "T";
                                            case SUSPENDED -> "Đ";
                                        };
                if (a != null && a.status() != null && !a.exempted()) {
                    if (a.status().isPresent()) {
                        present++;
                    } else if (a.status() == AttendanceStatus.EXCUSED) {
                        excused++;
                    } else if (a.status() == AttendanceStatus.UNEXCUSED) {
                        unexcused++;
                    }
                }
                row.add(mark);
            }
            row.addAll(List.of(present, excused, unexcused));
            rows.add(row);
        }
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, 8);
        widths[0] = 28;
        try (SheetWriter w = new SheetWriter()) {
            // the legend has a wrapped row of its own, so that it prints in full with the register
            return w.sheet(
                            text.vi("doc.attendance.sheet", year),
                            text.vi(
                                    "doc.attendance.title",
                                    year,
                                    organizations.get(cellId).name()),
                            headers,
                            rows,
                            widths,
                            text.vi("doc.attendance.legend"))
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
            List<Object> row = new ArrayList<>(
                    List.of(m.presenterName(), m.scheduledAt().toLocalDate(), m.title() == null ? "" : m.title()));
            if (evaluations.privateRating()) {
                row.add(e == null || e.rating() == null ? "" : e.rating());
            }
            row.add(e == null || e.strengths() == null ? "" : e.strengths());
            row.add(e == null || e.shortcomings() == null ? "" : e.shortcomings());
            rows.add(row);
        }
        rows.sort(Comparator.comparing(r -> r.get(0).toString()));
        List<String> headers = new ArrayList<>(
                List.of(text.vi("member.fullName"), text.vi("doc.book.col.date"), text.vi("plan.col.topic")));
        if (evaluations.privateRating()) {
            headers.add(text.vi("evaluation.rating"));
        }
        headers.addAll(List.of(text.vi("evaluation.strengths"), text.vi("evaluation.shortcomings")));
        int[] widths =
                evaluations.privateRating() ? new int[] {26, 12, 45, 12, 50, 50} : new int[] {26, 12, 45, 50, 50};
        try (SheetWriter w = new SheetWriter()) {
            return w.sheet(
                            text.vi("doc.presentations.sheet", year),
                            text.vi(
                                    "doc.presentations.title",
                                    year,
                                    organizations.get(cellId).name()),
                            headers,
                            rows,
                            widths)
                    .toBytes();
        }
    }

    /** The year's commendations, as the roll of honour lists them. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    public byte[] commendationsXlsx(long cellId, int year) {
        List<List<Object>> rows = commendations.rollOfHonour(cellId, year).stream()
                .map(c -> List.<Object>of(
                        c.awardedOn(),
                        c.memberName(),
                        text.vi("enum.CommendationKind." + c.kind().name()),
                        c.reason()))
                .toList();
        try (SheetWriter w = new SheetWriter()) {
            return w.sheet(
                            text.vi("doc.honours.sheet", year),
                            text.vi("honours.title", year) + " — "
                                    + organizations.get(cellId).name(),
                            List.of(
                                    text.vi("honours.date"),
                                    text.vi("member.fullName"),
                                    text.vi("commendation.kind"),
                                    text.vi("commendation.reason")),
                            rows,
                            new int[] {12, 26, 22, 70})
                    .toBytes();
        }
    }

    List<MeetingSheet> lockedSheets(long cellId, int year) {
        return schedule.between(cellId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .filter(m -> m.status() == MeetingStatus.LOCKED)
                .map(m -> minutes.sheet(m.id()))
                .toList();
    }

    /** The minutes filled into the cell's template (its own, or the built-in one). */
    private byte[] filled(MeetingSheet s) {
        return filled(s, s.addenda().size());
    }

    /** As {@link #filled(MeetingSheet)}, with only the first {@code addenda} addenda (an earlier version). */
    private byte[] filled(MeetingSheet s, int addenda) {
        return templates
                .forCell(s.meeting().cellId())
                .fill(
                        values(s),
                        lists(s, addenda),
                        d -> qualitySheet.appendTo(d, s.meeting().id()));
    }

    Map<String, String> values(MeetingSheet s) {
        MeetingRow m = s.meeting();
        OrganizationInfo cell = organizations.get(m.cellId());
        LocalDateTime opened = s.openedAt() != null ? s.openedAt() : m.scheduledAt();
        LocalDateTime closed = s.closedAt() != null ? s.closedAt() : opened.plusMinutes(m.durationMinutes());
        Counts c = s.counts();
        Locale vi = Locale.of("vi");
        Map<String, String> v = new HashMap<>();
        v.put("cell.name", cell.name());
        v.put("cell.name_upper", cell.name().toUpperCase(vi));
        v.put("cell.parent", parentName(m.cellId()));
        v.put("cell.parent_upper", parentName(m.cellId()).toUpperCase(vi));
        v.put("cell.place", place(cell));
        // the register's number, given at the lock before the official file is made; blank in a draft
        v.put(
                "minutes.number",
                numberOf(s).map(IssuedNumber::printed).orElse(text.vi("doc.register.blank", "BB", "CB")));
        v.put("meeting.summary", summary(m));
        v.put("meeting.date", VietnameseDates.date(opened.toLocalDate()));
        v.put("meeting.opened", time(opened));
        // the time the meeting was called for, besides when it really opened: members read both in the minutes
        v.put(
                "meeting.scheduled",
                time(m.scheduledAt())
                        + (m.scheduledAt().toLocalDate().equals(opened.toLocalDate())
                                ? ""
                                : ", " + VietnameseDates.date(m.scheduledAt().toLocalDate())));
        v.put("meeting.closed", time(closed));
        v.put("meeting.place", m.place() == null ? "" : m.place());
        v.put(
                "meeting.duration",
                String.valueOf(Duration.between(opened, closed).toMinutes()));
        v.put("attendance.total", String.valueOf(c.total()));
        v.put(
                "attendance.full",
                String.valueOf(s.attendance().stream()
                        .filter(MeetingSheet.Attendee::fullMember)
                        .count()));
        v.put(
                "attendance.probationary",
                String.valueOf(
                        s.attendance().stream().filter(a -> !a.fullMember()).count()));
        v.put(
                "attendance.full_present",
                String.valueOf(s.attendance().stream()
                        .filter(a -> a.fullMember() && present(a))
                        .count()));
        v.put("attendance.probationary_present", String.valueOf(s.votingBase().probationaryPresent()));
        v.put("vote.base", String.valueOf(s.votingBase().base()));
        v.put("vote.voters", String.valueOf(s.votingBase().voters()));
        v.put("attendance.exempted", String.valueOf(c.exempted()));
        v.put("attendance.exempted_names", inBrackets(names(s, a -> a.exempted())));
        v.put("attendance.expected", String.valueOf(c.expected()));
        v.put("attendance.present", String.valueOf(c.present()));
        v.put("attendance.late", String.valueOf(c.late()));
        v.put("attendance.excused", String.valueOf(c.excused()));
        v.put(
                "attendance.excused_names",
                inBrackets(s.attendance().stream()
                        .filter(a -> a.status() == AttendanceStatus.EXCUSED && !a.exempted())
                        .map(a -> a.name() + (a.reason() == null ? "" : " – " + a.reason()))
                        .collect(Collectors.joining("; "))));
        v.put("attendance.unexcused", String.valueOf(c.unexcused()));
        v.put(
                "attendance.unexcused_names",
                inBrackets(names(s, a -> a.status() == AttendanceStatus.UNEXCUSED && !a.exempted())));
        v.put("chair", s.chairName() == null ? "" : s.chairName());
        v.put("chair.position", position(m.cellId(), s.chairId()));
        v.put("taker", s.takerName() == null ? "" : s.takerName());
        v.put("taker.position", position(m.cellId(), s.takerId()));
        v.put("agenda", s.agenda());
        v.put("content", s.content() == null ? "" : s.content());
        v.put("conclusion", s.conclusion() == null ? "" : s.conclusion());
        // the vote adopting the minutes, counted against the voting base (full members), never against all present
        v.put("approved", s.adoption().map(a -> String.valueOf(a.forCount())).orElse("…"));
        v.put("approval_total", s.adoption().map(a -> String.valueOf(a.base())).orElse("…"));
        v.put("adoption.method", s.adoption().map(this::way).orElse("…"));
        v.put(
                "quality",
                s.quality() == null
                        ? ""
                        : qualitySheet
                                .summary(m.id())
                                .orElseGet(() -> text.vi(
                                        "enum.MeetingQuality." + s.quality().name())));
        return v;
    }

    Map<String, List<Map<String, String>>> lists(MeetingSheet s) {
        return lists(s, s.addenda().size());
    }

    private Map<String, List<Map<String, String>>> lists(MeetingSheet s, int addenda) {
        MeetingRow m = s.meeting();
        Map<String, List<Map<String, String>>> l = new HashMap<>();
        l.put("guests", s.guests() == null ? List.of() : List.of(Map.of("text", s.guests())));
        l.put(
                "presentation",
                m.type() != MeetingType.THEMATIC || m.presenterName() == null ? List.of() : List.of(presentation(s)));
        l.put("materials", materials(s).isEmpty() ? List.of() : List.of(Map.of("text", materials(s))));
        List<MeetingSheet.Attendee> out = s.attendance().stream()
                .filter(a -> !a.exempted() && a.status() != null && a.status().isOutOfBase())
                .toList();
        l.put(
                "out_of_base",
                out.isEmpty()
                        ? List.of()
                        : List.of(Map.of(
                                "count",
                                String.valueOf(out.size()),
                                "names",
                                out.stream()
                                        .map(a -> a.name() + " – "
                                                + text.vi("enum.AttendanceStatus."
                                                                + a.status().name())
                                                        .toLowerCase(Locale.of("vi")))
                                        .collect(Collectors.joining("; ")))));
        l.put("has_votes", s.votes().isEmpty() ? List.of() : List.of(Map.of()));
        l.put("reminders", s.reminders() == null ? List.of() : List.of(Map.of("text", s.reminders())));
        l.put("votes", s.votes().stream().map(x -> Map.of("line", voteLine(x))).toList());
        l.put("has_opinions", s.opinions().isEmpty() ? List.of() : List.of(Map.of()));
        l.put(
                "opinions",
                s.opinions().stream()
                        .map(o -> Map.of("speaker", o.speaker(), "text", o.text()))
                        .toList());
        l.put("resolution", s.resolution() == null ? List.of() : List.of(Map.of("text", s.resolution())));
        // the chair's assessment, the same for every reader; the personal rating is never printed ("rating" stays
        // a known field, empty, so that a cell's own template naming it still prints)
        l.put(
                "evaluation",
                evaluations
                        .assessment(m.id())
                        .map(e -> List.of(Map.of(
                                "presenter",
                                e.presenterName(),
                                "presenter_upper",
                                e.presenterName().toUpperCase(Locale.of("vi")),
                                "strengths",
                                e.strengths() == null ? "" : e.strengths(),
                                "shortcomings",
                                e.shortcomings() == null ? "" : e.shortcomings(),
                                "rating",
                                "")))
                        .orElse(List.of()));
        List<CommendationRow> honours = commendations.ofMeeting(m.id());
        l.put("has_commendations", honours.isEmpty() ? List.of() : List.of(Map.of()));
        l.put(
                "commendations",
                honours.stream()
                        .map(h -> Map.of(
                                "line",
                                text.vi("enum.CommendationKind." + h.kind().name()) + ": "
                                        + text.vi("doc.minutes.comrade", h.memberName()) + " — " + h.reason()))
                        .toList());
        l.put(
                "addenda",
                s.addenda().stream()
                        .limit(addenda)
                        .map(a -> Map.of(
                                "line",
                                text.vi("doc.minutes.addendum", a.number()) + ": "
                                        + a.text() + " ("
                                        + text.vi(
                                                        "doc.minutes.addendumBy",
                                                        a.createdBy(),
                                                        VietnameseDates.date(a.createdAt()
                                                                .atZone(VietnamClock.VIETNAM)
                                                                .toLocalDate()))
                                                .replaceAll("\\.$", "")
                                        + ")"))
                        .toList());
        l.put(
                "attendees",
                s.attendance().stream()
                        .map(a -> Map.of(
                                "name",
                                a.name(),
                                "status",
                                a.exempted()
                                        ? text.vi("minutes.exempted")
                                        : a.status() == null
                                                ? ""
                                                : text.vi("enum.AttendanceStatus."
                                                        + a.status().name())))
                        .toList());
        taskLines.addTo(l, m.id());
        return l;
    }

    /** Who presented — the presenter, or a member in place of an absent one — and where the draft stood. */
    private Map<String, String> presentation(MeetingSheet s) {
        MeetingRow m = s.meeting();
        String topic = m.title() == null ? "" : m.title();
        String presenter = s.substituteName() != null ? s.substituteName() : m.presenterName();
        String line = s.substituteName() != null
                ? text.vi("doc.minutes.presentationInstead", s.substituteName(), topic, m.presenterName())
                : text.vi("doc.minutes.presentation", m.presenterName(), topic);
        String draft = minutes.draftPhrase(s.draft());
        return Map.of(
                "presenter",
                presenter,
                "topic",
                topic,
                "line",
                draft.isEmpty() ? line : line.replaceAll("\\.$", "") + " " + draft + ".");
    }

    /** The materials of the meeting: the draft of a thematic meeting and its files. */
    private String materials(MeetingSheet s) {
        if (s.draft() == null || s.draft().version() == 0) {
            return "";
        }
        List<String> items = new ArrayList<>();
        items.add(text.vi(
                "doc.minutes.materialDraft",
                s.meeting().title() == null ? "" : s.meeting().title(),
                s.draft().version()));
        items.addAll(s.draft().files());
        return String.join("; ", items);
    }

    private String voteLine(VoteRow x) {
        String what =
                x.subject().isEmpty() ? text.vi("enum.VoteMatter." + x.matter().name()) : x.subject();
        return text.vi(
                "doc.minutes.vote",
                what,
                way(x),
                x.forCount(),
                x.base(),
                x.againstCount(),
                x.otherCount(),
                text.vi(
                        !x.isClosed()
                                ? "doc.minutes.voteOpen"
                                : x.passed() ? "doc.minutes.votePassed" : "doc.minutes.voteFailed"));
    }

    /** How the cell voted, as the minutes say it: open (biểu quyết công khai) or secret (bỏ phiếu kín), and the means. */
    private String way(VoteRow x) {
        String key = x.method() == VoteMethod.ELECTRONIC && x.secret()
                ? "ELECTRONIC_SECRET"
                : x.method().name();
        return text.vi("doc.minutes.way." + key);
    }

    private static boolean present(MeetingSheet.Attendee a) {
        return a.status() != null && a.status().isPresent();
    }

    private String position(long cellId, @Nullable Long memberId) {
        if (memberId == null) {
            return "";
        }
        return members.summaries(cellId).stream()
                .filter(x -> x.id() == memberId)
                .findFirst()
                .filter(x -> x.position() != Position.DANG_VIEN)
                .map(x -> ", " + text.vi("doc.minutes.position." + x.position().name()))
                .orElse("");
    }

    private String summary(MeetingRow m) {
        return m.type() == MeetingType.THEMATIC
                ? text.vi(
                        "doc.minutes.summaryThematic",
                        m.scheduledAt().getMonthValue(),
                        m.scheduledAt().getYear())
                : text.vi(
                        "doc.minutes.summaryRegular",
                        m.scheduledAt().getMonthValue(),
                        m.scheduledAt().getYear());
    }

    private static String names(MeetingSheet s, Predicate<MeetingSheet.Attendee> which) {
        return s.attendance().stream()
                .filter(which)
                .map(MeetingSheet.Attendee::name)
                .collect(Collectors.joining(", "));
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
        return Optional.ofNullable(cell.parentId())
                .map(p -> organizations.ancestry(cell.id()))
                .filter(l -> l.size() >= 2)
                .map(l -> l.get(l.size() - 2).place())
                .orElse("");
    }

    private static void requireHeld(MeetingSheet s) {
        MeetingStatus st = s.meeting().status();
        if (st != MeetingStatus.HELD && st != MeetingStatus.LOCKED) {
            throw new BusinessException("minutes.error.notHeld");
        }
    }
}
