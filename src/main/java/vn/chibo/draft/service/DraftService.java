package vn.chibo.draft.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.Backfill;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.base.i18n.Message;
import vn.chibo.base.i18n.Translations;
import vn.chibo.base.text.RichText;
import vn.chibo.base.text.SearchWords;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.document.PartyDocument;
import vn.chibo.document.VietnameseDates;
import vn.chibo.draft.domain.Draft;
import vn.chibo.draft.domain.DraftAttachment;
import vn.chibo.draft.domain.DraftAttachmentRepository;
import vn.chibo.draft.domain.DraftCommentRepository;
import vn.chibo.draft.domain.DraftRepository;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.draft.domain.DraftVersion;
import vn.chibo.draft.domain.DraftVersionRepository;
import vn.chibo.meeting.service.DraftDeadlineRule;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.notification.service.NotificationService;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.PlanSummary;
import vn.chibo.plan.service.TopicContext;
import vn.chibo.plan.service.TopicHit;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.plan.service.TopicSearch;
import vn.chibo.security.service.AppUser;
import vn.chibo.security.service.CurrentUser;

/**
 * The draft of a thematic topic, from the first saved line to the version presented at the meeting:
 * the presenter saves a private working copy and submits numbered versions; the secretary approves a
 * version or asks for changes with a reason.
 */
@Service
@Transactional
public class DraftService {

    /** Longest draft, in characters of text (about 60 printed pages). */
    static final int MAX_TEXT = 150_000;

    static final int MAX_HTML = 1_000_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DraftRepository drafts;
    private final DraftVersionRepository versions;
    private final DraftAttachmentRepository attachments;
    private final DraftCommentRepository comments;
    private final DraftAccess access;
    private final PlanService plans;
    private final TopicSearch topicSearch;
    private final ScheduleService schedule;
    private final MemberService members;
    private final NotificationService notifications;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Translations text;
    private final Clock clock;
    private final DraftDocx docx;

    DraftService(
            DraftRepository drafts,
            DraftVersionRepository versions,
            DraftAttachmentRepository attachments,
            DraftCommentRepository comments,
            DraftAccess access,
            PlanService plans,
            TopicSearch topicSearch,
            ScheduleService schedule,
            MemberService members,
            NotificationService notifications,
            AuditService audit,
            CurrentUser currentUser,
            Translations text,
            Clock clock,
            DraftDocx docx) {
        this.drafts = drafts;
        this.versions = versions;
        this.attachments = attachments;
        this.comments = comments;
        this.access = access;
        this.plans = plans;
        this.topicSearch = topicSearch;
        this.schedule = schedule;
        this.members = members;
        this.notifications = notifications;
        this.audit = audit;
        this.currentUser = currentUser;
        this.text = text;
        this.clock = clock;
        this.docx = docx;
    }

    /** Every topic of the cell's plan for the year with its draft's state: the secretary's board. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public List<BoardRow> board(long cellId, int year) {
        Optional<PlanSummary> plan = plans.find(cellId, year);
        if (plan.isEmpty()) {
            return List.of();
        }
        List<TopicRow> topics = plans.topics(plan.get().id());
        Map<Long, Draft> byTopic = drafts
                .findByTopicIdIn(topics.stream().map(TopicRow::id).toList())
                .stream()
                .collect(Collectors.toMap(Draft::getTopicId, Function.identity()));
        Map<Long, Long> open = new HashMap<>();
        if (!byTopic.isEmpty()) {
            for (Object[] row : comments.openCounts(new ArrayList<>(byTopic.values()))) {
                open.put((Long) row[0], (Long) row[1]);
            }
        }
        DraftDeadlineRule rule = schedule.deadlineRule(cellId);
        LocalDate today = LocalDate.now(clock);
        List<BoardRow> rows = new ArrayList<>();
        for (TopicRow t : topics) {
            Draft d = byTopic.get(t.id());
            Optional<MeetingRow> meeting = schedule.meetingOfTopic(t.id());
            LocalDate day = meetingDay(meeting, year, t.month());
            LocalDate due = rule.dueDate(day);
            DraftStatus status = status(d, meeting);
            rows.add(new BoardRow(
                    t.id(),
                    t.month(),
                    t.title(),
                    t.presenterName(),
                    status,
                    d == null ? 0 : d.getLatestNumber(),
                    day,
                    meeting.isPresent(),
                    due,
                    isLate(status, d != null && d.getLatestNumber() > 0, due, day, today),
                    d == null ? 0 : open.getOrDefault(d.requireId(), 0L)));
        }
        return rows;
    }

    /** Where the topic's draft stands — for the meeting's agenda and minutes, which say what really happened. */
    @PreAuthorize("@draftAccess.canRead(#topicId)")
    @Transactional(readOnly = true)
    public DraftState state(long topicId) {
        Draft d = drafts.findByTopicId(topicId).orElse(null);
        List<String> files = attachments.fileNamesOfTopic(topicId);
        DraftStatus status = status(d, schedule.meetingOfTopic(topicId));
        boolean approved = status == DraftStatus.APPROVED || status == DraftStatus.PRESENTED;
        return new DraftState(
                status, d == null ? 0 : d.getLatestNumber(), files, approved && d != null ? d.getReviewedAt() : null);
    }

    /** The headings of the latest version's text (what the minutes record as presented); none before a version. */
    @PreAuthorize("@draftAccess.canRead(#topicId)")
    @Transactional(readOnly = true)
    public List<String> outline(long topicId) {
        return drafts.findByTopicId(topicId)
                .filter(d -> d.getLatestNumber() > 0)
                .flatMap(d -> versions.findByDraftAndNumber(d, d.getLatestNumber()))
                .map(v -> Jsoup.parseBodyFragment(v.getBodyHtml()).select("h1, h2, h3").eachText().stream()
                        .filter(h -> !h.isBlank())
                        .toList())
                .orElse(List.of());
    }

    @PreAuthorize("@draftAccess.canRead(#topicId)")
    @Transactional(readOnly = true)
    public DraftDetails details(long topicId) {
        TopicContext t = plans.topicContext(topicId);
        Draft d = drafts.findByTopicId(topicId).orElse(null);
        Optional<MeetingRow> meeting = schedule.meetingOfTopic(topicId);
        LocalDate day = meetingDay(meeting, t.year(), t.topic().month());
        DraftDeadlineRule rule = schedule.deadlineRule(t.cellId());
        LocalDate today = LocalDate.now(clock);
        DraftStatus status = status(d, meeting);
        boolean canWrite = access.canWrite(topicId);
        LocalDate due = rule.dueDate(day);
        LocalDate closed = rule.commentsClosedFrom(day);
        List<DraftVersion> all = d == null ? List.of() : versions.findByDraftOrderByNumberDesc(d);
        List<VersionSummary> list = all.stream()
                .map(v -> new VersionSummary(v.getNumber(), v.getSubmittedBy(), v.getSubmittedAt(), v.getNote()))
                .toList();
        List<AttachmentRow> working = canWrite && d != null
                ? attachments.findByDraftAndRemovedAtIsNullOrderById(d).stream()
                        .map(AttachmentRow::of)
                        .toList()
                : List.of();
        boolean edited = canWrite && d != null && (all.isEmpty() || editedSince(d, all.getFirst(), working));
        DraftFacts facts = new DraftFacts(
                topicId,
                t.topic().title(),
                t.topic().month(),
                t.year(),
                t.cellId(),
                t.topic().presenterId(),
                t.topic().presenterName(),
                t.topic().mentorName(),
                t.topic().goals(),
                meeting.map(MeetingRow::scheduledAt).orElse(null),
                day,
                due,
                closed);
        DraftProgress progress = new DraftProgress(
                status,
                d == null ? 0 : d.getLatestNumber(),
                isLate(status, d != null && d.getLatestNumber() > 0, due, day, today),
                today.isBefore(closed) && status != DraftStatus.PRESENTED,
                d == null ? null : d.getReviewNote(),
                d == null ? null : d.getReviewedBy(),
                d == null ? null : d.getReviewedAt());
        WorkingCopy copy = new WorkingCopy(
                canWrite && d != null ? d.getBodyHtml() : null,
                d == null ? null : d.getSavedBy(),
                d == null ? null : d.getSavedAt(),
                working,
                edited);
        DraftPermissions can = new DraftPermissions(
                canWrite && status.isOpenForWriting(), access.canReview(topicId), access.canComment(topicId), canWrite);
        return new DraftDetails(d == null ? -1 : d.getVersion(), facts, progress, copy, list, can);
    }

    /** The working copy differs from the latest submitted version: its text or its files changed since. */
    private static boolean editedSince(Draft d, DraftVersion latest, List<AttachmentRow> working) {
        return !Objects.equals(d.getBodyHtml(), latest.getBodyHtml())
                || !working.stream()
                        .map(AttachmentRow::id)
                        .collect(Collectors.toSet())
                        .equals(latest.getAttachments().stream()
                                .map(DraftAttachment::requireId)
                                .collect(Collectors.toSet()));
    }

    /**
     * Saves the presenter's working copy (sanitised); the first save starts the draft.
     *
     * @param expectedVersion the version the editor was opened with (-1 for a new draft)
     */
    @PreAuthorize("@draftAccess.canWrite(#topicId)")
    public DraftDetails save(long topicId, long expectedVersion, String html) {
        writable(topicId, expectedVersion, clean(html));
        return details(topicId);
    }

    /**
     * The text a page posts as it goes away. As {@link #save}, except that a version mismatch caused by this very
     * text having been saved already (the page's last round trip and its leaving crossed) is no conflict.
     */
    @PreAuthorize("@draftAccess.canWrite(#topicId)")
    public void saveOnLeave(long topicId, long expectedVersion, String html) {
        String body = clean(html);
        Draft d = drafts.findByTopicId(topicId).orElse(null);
        if (d != null && d.getVersion() != expectedVersion && body.equals(d.getBodyHtml())) {
            return;
        }
        writable(topicId, expectedVersion, body);
    }

    /**
     * Submitted drafts of these cells, saved since {@code since}, that contain every word (title, presenter, latest
     * version), newest first.
     */
    @PreAuthorize("@access.canReadCells(#cellIds)")
    @Transactional(readOnly = true)
    public List<DraftHit> search(Collection<Long> cellIds, LocalDate since, SearchWords words, int max) {
        if (cellIds.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        List<Draft> found = drafts
                .search(
                        cellIds,
                        since.atStartOfDay(clock.getZone()).toInstant(),
                        words.like(0),
                        words.like(1),
                        words.like(2),
                        words.like(3),
                        PageRequest.of(0, max))
                .stream()
                .filter(d -> d.getSearchText() != null && words.matchesFolded(d.getSearchText()))
                .toList();
        if (found.isEmpty()) {
            return List.of();
        }
        return versions.findLatestOf(found).stream()
                .map(v -> new DraftHit(
                        v.getDraft().getTopicId(),
                        v.getDraft().getCellId(),
                        v.getNumber(),
                        RichText.plainText(v.getBodyHtml())))
                .toList();
    }

    /** Fills the search text of drafts submitted before it existed; returns how many were filled. */
    @PreAuthorize("hasRole('ADMIN')")
    public int indexMissing() {
        return Backfill.inBatches(() -> drafts.findNotIndexed(PageRequest.of(0, 200)), batch -> {
            Map<Long, DraftVersion> latest = versions.findLatestOf(batch).stream()
                    .collect(Collectors.toMap(v -> v.getDraft().requireId(), Function.identity()));
            Map<Long, TopicHit> topics =
                    topicSearch.topicsById(batch.stream().map(Draft::getTopicId).toList());
            for (Draft d : batch) {
                TopicHit t = topics.get(d.getTopicId());
                DraftVersion v = latest.get(d.requireId());
                d.indexForSearch(searchText(
                        t == null ? "" : t.title(),
                        members.get(d.getAuthorId()).getFullName(),
                        v == null ? "" : v.getBodyHtml()));
            }
            drafts.saveAllAndFlush(batch);
        });
    }

    private static String searchText(String title, @Nullable String presenter, String html) {
        return Vietnamese.fold(title + " " + (presenter == null ? "" : presenter) + " " + RichText.plainText(html));
    }

    /** Saves and submits the working copy as the next numbered version, and invites the cell to comment. */
    @PreAuthorize("@draftAccess.canWrite(#topicId)")
    public DraftDetails submit(long topicId, long expectedVersion, String html, @Nullable String note) {
        String body = clean(html);
        if (body.isEmpty()) {
            throw new BusinessException("draft.error.empty");
        }
        String cleanNote = note == null ? null : Vietnamese.clean(note);
        if (cleanNote != null && cleanNote.length() > 500) {
            throw new BusinessException("error.tooLong", 500);
        }
        Draft d = writable(topicId, expectedVersion, body);
        AppUser user = currentUser.require();
        int number = d.submitted(user.displayName(), clock.instant());
        versions.save(new DraftVersion(
                d,
                number,
                body,
                cleanNote == null || cleanNote.isEmpty() ? null : cleanNote,
                user.displayName(),
                clock.instant(),
                attachments.findByDraftAndRemovedAtIsNullOrderById(d)));
        TopicContext t = plans.topicContext(topicId);
        d.indexForSearch(searchText(t.topic().title(), t.topic().presenterName(), body));
        drafts.saveAndFlush(d);
        LocalDate closed = schedule.deadlineRule(t.cellId())
                .commentsClosedFrom(meetingDay(
                        schedule.meetingOfTopic(topicId), t.year(), t.topic().month()));
        for (MemberSummary m : members.summaries(t.cellId())) {
            if (m.id() != d.getAuthorId()) {
                notifications.notify(
                        m.id(),
                        Message.of(
                                "notify.draftSubmitted",
                                user.displayName(),
                                t.topic().title(),
                                number),
                        Message.of("notify.draftSubmittedBody", DAY.format(closed.minusDays(1))),
                        DraftLinks.page(topicId));
            }
        }
        audit.record(
                "DRAFT_SUBMITTED", "Draft", d.requireId(), t.cellId(), t.topic().title() + " v" + number);
        return details(topicId);
    }

    @PreAuthorize("@draftAccess.canReview(#topicId)")
    public DraftDetails approve(long topicId, long expectedVersion, @Nullable String note) {
        Draft d = reviewable(topicId, expectedVersion);
        if (d.getStatus() != DraftStatus.SUBMITTED) {
            throw new BusinessException("draft.error.notSubmitted");
        }
        d.review(
                DraftStatus.APPROVED,
                note == null || note.isBlank() ? null : Vietnamese.clean(note),
                currentUser.require().displayName(),
                clock.instant());
        drafts.saveAndFlush(d);
        TopicContext t = plans.topicContext(topicId);
        notifications.notify(
                d.getAuthorId(),
                Message.of("notify.draftApproved", t.topic().title(), d.getLatestNumber()),
                Message.verbatimOrNull(d.getReviewNote()),
                DraftLinks.page(topicId));
        audit.record("DRAFT_APPROVED", "Draft", d.requireId(), d.getCellId(), "v" + d.getLatestNumber());
        return details(topicId);
    }

    @PreAuthorize("@draftAccess.canReview(#topicId)")
    public DraftDetails requestChanges(long topicId, long expectedVersion, String reason) {
        Draft d = reviewable(topicId, expectedVersion);
        String why = Vietnamese.clean(reason);
        if (why.isEmpty()) {
            throw new BusinessException("draft.error.reasonRequired");
        }
        if (why.length() > 2000) {
            throw new BusinessException("error.tooLong", 2000);
        }
        if (d.getStatus() != DraftStatus.SUBMITTED && d.getStatus() != DraftStatus.APPROVED) {
            throw new BusinessException("draft.error.notSubmitted");
        }
        d.review(DraftStatus.CHANGES_REQUESTED, why, currentUser.require().displayName(), clock.instant());
        drafts.saveAndFlush(d);
        TopicContext t = plans.topicContext(topicId);
        notifications.notify(
                d.getAuthorId(),
                Message.of("notify.draftChangesRequested", t.topic().title()),
                Message.verbatim(why),
                DraftLinks.page(topicId));
        audit.record("DRAFT_CHANGES_REQUESTED", "Draft", d.requireId(), d.getCellId(), why);
        return details(topicId);
    }

    /** After the meeting: the approved draft was presented. */
    @PreAuthorize("@draftAccess.canReview(#topicId)")
    public DraftDetails markPresented(long topicId, long expectedVersion) {
        Draft d = reviewable(topicId, expectedVersion);
        if (d.getStatus() != DraftStatus.APPROVED) {
            throw new BusinessException("draft.error.notApproved");
        }
        d.review(DraftStatus.PRESENTED, d.getReviewNote(), currentUser.require().displayName(), clock.instant());
        drafts.saveAndFlush(d);
        audit.record("DRAFT_PRESENTED", "Draft", d.requireId(), d.getCellId(), "v" + d.getLatestNumber());
        return details(topicId);
    }

    @PreAuthorize("@draftAccess.canRead(#topicId)")
    @Transactional(readOnly = true)
    public VersionRow version(long topicId, int number) {
        return VersionRow.of(loadVersion(topicId, number));
    }

    /**
     * A submitted version as a Word document: title, version, presenter, then the text with its formatting
     * (headings, emphasis, lists, quotations, links, pictures).
     */
    @PreAuthorize("@draftAccess.canRead(#topicId)")
    @Transactional(readOnly = true)
    public byte[] versionDocx(long topicId, int number) {
        DraftVersion v = loadVersion(topicId, number);
        TopicContext t = plans.topicContext(topicId);
        PartyDocument doc = PartyDocument.a4()
                .title(text.vi("doc.draft.type"), t.topic().title())
                .italic(text.vi(
                        "doc.draft.meta",
                        number,
                        t.topic().presenterName() == null ? "" : t.topic().presenterName(),
                        VietnameseDates.date(
                                v.getSubmittedAt().atZone(clock.getZone()).toLocalDate())));
        docx.write(doc, v, text.vi("doc.draft.pictures"));
        return doc.pageNumbers().toBytes();
    }

    /** What changed from version {@code older} to version {@code newer}. */
    @PreAuthorize("@draftAccess.canRead(#topicId)")
    @Transactional(readOnly = true)
    public List<DraftDiff.Line> compare(long topicId, int older, int newer) {
        return DraftDiff.between(
                loadVersion(topicId, older).getBodyHtml(),
                loadVersion(topicId, newer).getBodyHtml());
    }

    private DraftVersion loadVersion(long topicId, int number) {
        Draft d = drafts.findByTopicId(topicId).orElseThrow(() -> new NotFoundException("Draft", topicId));
        return versions.findByDraftAndNumber(d, number)
                .orElseThrow(() -> new NotFoundException("DraftVersion", number));
    }

    /** The draft to write into, created on first use; refuses a stale editor and a closed draft. */
    Draft writable(long topicId, long expectedVersion, @Nullable String body) {
        AppUser user = currentUser.require();
        TopicContext t = plans.topicContext(topicId);
        Draft d = drafts.findByTopicId(topicId).orElse(null);
        if (d == null) {
            if (expectedVersion >= 0) {
                throw new ConcurrentEditException();
            }
            d = new Draft(topicId, t.cellId(), user.memberId(), user.displayName(), clock.instant());
        } else if (d.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (!d.getStatus().isOpenForWriting()) {
            throw new BusinessException("draft.error.closed");
        }
        if (d.getAuthorId() != user.memberId()) {
            d.handOver(user.memberId());
        }
        if (body != null) {
            d.saveWorkingCopy(body, user.displayName(), clock.instant());
        }
        return drafts.saveAndFlush(d);
    }

    private Draft reviewable(long topicId, long expectedVersion) {
        Draft d = drafts.findByTopicId(topicId).orElseThrow(() -> new BusinessException("draft.error.notSubmitted"));
        if (d.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return d;
    }

    static String clean(String html) {
        if (html.length() > MAX_HTML * 2) {
            throw new BusinessException("draft.error.tooLong", MAX_TEXT);
        }
        String safe = RichText.sanitize(html);
        if (safe.length() > MAX_HTML || RichText.plainText(safe).length() > MAX_TEXT) {
            throw new BusinessException("draft.error.tooLong", MAX_TEXT);
        }
        return safe;
    }

    /** The meeting's day, or — until it is scheduled — the first day of the topic's month. */
    static LocalDate meetingDay(Optional<MeetingRow> meeting, int year, int month) {
        return meeting.map(MeetingRow::scheduledAt)
                .map(LocalDateTime::toLocalDate)
                .orElse(LocalDate.of(year, month, 1));
    }

    /** The draft's state, "presented" also when the meeting has been held (meeting lifecycle). */
    static DraftStatus status(@Nullable Draft d, Optional<MeetingRow> meeting) {
        if (d == null) {
            return DraftStatus.NOT_STARTED;
        }
        boolean held = meeting.map(m ->
                        m.status().name().equals("HELD") || m.status().name().equals("LOCKED"))
                .orElse(false);
        return held && d.getStatus() == DraftStatus.APPROVED ? DraftStatus.PRESENTED : d.getStatus();
    }

    /** Past its due date and not handed in, while the meeting is still ahead. */
    /**
     * Overdue: not handed in by the due date. A draft handed in once (even if sent back for changes since) is not
     * late: the due date follows the meeting, and a meeting moved earlier must not make a draft handed in on time
     * late after the fact — the deadline then in force is not kept, so the hand-in itself settles it.
     */
    static boolean isLate(
            DraftStatus status, boolean everHandedIn, LocalDate due, LocalDate meetingDay, LocalDate today) {
        boolean handedIn = everHandedIn
                || status == DraftStatus.SUBMITTED
                || status == DraftStatus.APPROVED
                || status == DraftStatus.PRESENTED;
        return !handedIn && today.isAfter(due) && !today.isAfter(meetingDay);
    }
}
