package vn.chibo.minutes.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.base.i18n.Message;
import vn.chibo.base.i18n.Translations;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.document.VietnameseDates;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.Commendation;
import vn.chibo.minutes.domain.CommendationKind;
import vn.chibo.minutes.domain.CommendationRepository;
import vn.chibo.minutes.domain.MeetingRecordRepository;
import vn.chibo.notification.service.NotificationService;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.register.domain.DocumentKind;
import vn.chibo.register.service.DocumentRegister;
import vn.chibo.register.service.IssuedNumber;
import vn.chibo.security.service.CurrentUser;

/** Praise before the cell and proposals for awards, decided at a meeting; the yearly roll of honour. */
@Service
@Transactional
public class CommendationService {

    private final CommendationRepository commendations;
    private final MeetingRecordRepository records;
    private final ScheduleService schedule;
    private final MemberService members;
    private final OrganizationService organizations;
    private final NotificationService notifications;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Translations text;
    private final Clock clock;
    private final DocumentRegister register;
    private final CommendationPaper papers;

    CommendationService(
            CommendationRepository commendations,
            MeetingRecordRepository records,
            ScheduleService schedule,
            MemberService members,
            OrganizationService organizations,
            NotificationService notifications,
            AuditService audit,
            CurrentUser currentUser,
            Translations text,
            Clock clock,
            DocumentRegister register,
            CommendationPaper papers) {
        this.register = register;
        this.papers = papers;
        this.organizations = organizations;
        this.commendations = commendations;
        this.records = records;
        this.schedule = schedule;
        this.members = members;
        this.notifications = notifications;
        this.audit = audit;
        this.currentUser = currentUser;
        this.text = text;
        this.clock = clock;
    }

    /** Records a commendation decided at a meeting that has been held. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public CommendationRow add(long meetingId, long memberId, CommendationKind kind, String reason) {
        MeetingRow m = schedule.get(meetingId);
        if (m.status() != MeetingStatus.IN_PROGRESS
                && m.status() != MeetingStatus.HELD
                && m.status() != MeetingStatus.LOCKED) {
            throw new BusinessException("minutes.error.notStarted");
        }
        String why = Vietnamese.clean(reason);
        if (why.isEmpty()) {
            throw new BusinessException("commendation.error.reason");
        }
        if (why.length() > 2000) {
            throw new BusinessException("error.tooLong", 2000);
        }
        MemberSummary member = members.summaries(m.cellId()).stream()
                .filter(s -> s.id() == memberId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("minutes.error.notOnList"));
        var record = records.findByMeetingId(meetingId);
        if (kind
                == CommendationKind
                        .PRAISE) { // praised before the cell: so present at it (a proposal may be for anyone)
            record.flatMap(r -> r.absentName(memberId)).ifPresent(n -> {
                throw new BusinessException("commendation.error.absent", n);
            });
        }
        Long recordId = record.map(r -> r.requireId()).orElse(null);
        Commendation c = commendations.saveAndFlush(new Commendation(
                m.cellId(),
                recordId,
                memberId,
                member.fullName(),
                kind,
                why,
                m.scheduledAt().toLocalDate(),
                currentUser.require().displayName(),
                clock.instant()));
        notifications.notify(
                memberId, Message.of("commendation.notify." + kind.name()), Message.verbatim(why), "history");
        audit.record("COMMENDATION_" + kind.name(), "Commendation", c.getId(), m.cellId(), member.fullName());
        return CommendationRow.of(c);
    }

    /**
     * The commendation's paper: the cell's decision to praise (QĐ), or its proposal to the upper committee for an
     * award (TTr) — numbered and dated when first issued.
     */
    @PreAuthorize("@minutesAccess.canReadCommendation(#commendationId)")
    @Transactional // the first issue numbers the paper in the cell's register
    public byte[] certificateDocx(long commendationId) {
        return certificateDocx(commendationId, null);
    }

    /**
     * Issues the commendation's paper on the day the secretary sets (from the meeting that decided it up to today):
     * it takes its number in the cell's register. Already issued, it keeps the number and day it has.
     */
    @PreAuthorize("@minutesAccess.canIssueCommendation(#commendationId)")
    @Transactional
    public IssuedNumber issuePaper(long commendationId, LocalDate issuedOn) {
        Commendation c = commendations
                .findById(commendationId)
                .orElseThrow(() -> new NotFoundException("Commendation", commendationId));
        return register.find(c.getCellId(), kindOf(c.getKind()), DocumentRegister.COMMENDATION, commendationId)
                .orElseGet(() -> {
                    checkIssueDay(c, issuedOn);
                    return register.issue(
                            c.getCellId(),
                            kindOf(c.getKind()),
                            DocumentRegister.COMMENDATION,
                            commendationId,
                            issuedOn,
                            subject(c));
                });
    }

    private void checkIssueDay(Commendation c, LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        if (day.isAfter(today) || day.isBefore(c.getAwardedOn())) {
            throw new BusinessException(
                    "register.error.issueDay",
                    VietnameseDates.numeric(c.getAwardedOn()),
                    VietnameseDates.numeric(today));
        }
    }

    private String subject(Commendation c) {
        return text.vi("doc.commendation.type." + c.getKind().name()) + ": " + c.getMemberName();
    }

    /**
     * The paper, issued on {@code issuedOn} when this is its first issue (default today): a day from the meeting
     * that decided it up to today. Issued once, it keeps its number and date whatever day is asked.
     */
    @PreAuthorize("@minutesAccess.canReadCommendation(#commendationId)")
    @Transactional // the first issue numbers the paper in the cell's register
    public byte[] certificateDocx(long commendationId, @Nullable LocalDate issuedOn) {
        Commendation c = commendations
                .findById(commendationId)
                .orElseThrow(() -> new NotFoundException("Commendation", commendationId));
        LocalDate today = LocalDate.now(clock);
        LocalDate day = issuedOn != null ? issuedOn : today.isBefore(c.getAwardedOn()) ? c.getAwardedOn() : today;
        if (issuedOn != null
                && register.find(c.getCellId(), kindOf(c.getKind()), DocumentRegister.COMMENDATION, commendationId)
                        .isEmpty()) {
            checkIssueDay(c, day);
        }
        IssuedNumber number = register.issue(
                c.getCellId(), kindOf(c.getKind()), DocumentRegister.COMMENDATION, commendationId, day, subject(c));
        return papers.docx(c, number);
    }

    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public List<CommendationRow> ofMeeting(long meetingId) {
        return records.findByMeetingId(meetingId)
                .map(r -> commendations.findByRecordIdOrderByIdAsc(r.requireId()).stream()
                        .map(CommendationRow::of)
                        .toList())
                .orElse(List.of());
    }

    /** The numbers of these commendation papers of a cell issued so far, by commendation id, in one query. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public Map<Long, IssuedNumber> numbers(long cellId, List<Long> commendationIds) {
        return commendationIds.isEmpty()
                ? Map.of()
                : register.numbers(cellId, DocumentRegister.COMMENDATION, commendationIds);
    }

    /** Praise is decided (QĐ biểu dương); an award is proposed to the higher level (TTr). */
    static DocumentKind kindOf(CommendationKind kind) {
        return kind == CommendationKind.PRAISE ? DocumentKind.QD : DocumentKind.TTR;
    }

    /** The cell's roll of honour for a year, newest first. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public List<CommendationRow> rollOfHonour(long cellId, int year) {
        return commendations
                .findByCellIdAndAwardedOnBetweenOrderByAwardedOnDesc(
                        cellId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .stream()
                .map(CommendationRow::of)
                .toList();
    }

    /** The cell's latest commendations of the last twelve months, newest first: on 1 January December's still count. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public List<CommendationRow> recent(long cellId, int limit) {
        LocalDate today = LocalDate.now(clock);
        return commendations
                .findByCellIdAndAwardedOnBetweenOrderByAwardedOnDesc(cellId, today.minusYears(1), today)
                .stream()
                .limit(limit)
                .map(CommendationRow::of)
                .toList();
    }
}
