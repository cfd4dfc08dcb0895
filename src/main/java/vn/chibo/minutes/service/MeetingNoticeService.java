package vn.chibo.minutes.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.i18n.Message;
import vn.chibo.base.i18n.Translations;
import vn.chibo.draft.service.DraftFiles;
import vn.chibo.draft.service.DraftService;
import vn.chibo.draft.service.DraftState;
import vn.chibo.files.FileNames;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingAccess;
import vn.chibo.meeting.service.MeetingInvitations;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.MeetingNotice;
import vn.chibo.minutes.domain.MeetingNoticeRecipient;
import vn.chibo.minutes.domain.MeetingNoticeRecipientRepository;
import vn.chibo.minutes.domain.MeetingNoticeRepository;
import vn.chibo.minutes.domain.MeetingRecord;
import vn.chibo.minutes.domain.MeetingRecordRepository;
import vn.chibo.notification.service.NotificationService;
import vn.chibo.organization.service.FollowerService;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.security.service.CurrentUser;

/**
 * The meeting notice (42-HD/BTCTW): time, place, content and materials go to every member of the cell and to the
 * upper committee's member who follows it, at least one day before — in the app, by e-mail, and as a calendar
 * invitation that updates the meeting in their calendars. The secretary sees who has opened it; the bundle for the
 * Sổ tay đảng viên điện tử holds the text to paste and the materials as files.
 */
@Service
@Transactional
public class MeetingNoticeService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    /** The materials are on the members' phones at least this long before the meeting. */
    static final Duration AHEAD = Duration.ofDays(1);

    static final String ICS_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";

    private final MeetingNoticeRepository notices;
    private final MeetingNoticeRecipientRepository recipients;
    private final MeetingRecordRepository records;
    private final MinutesService minutes;
    private final ScheduleService schedule;
    private final MeetingInvitations invitations;
    private final MeetingAccess meetingAccess;
    private final NotificationService notifications;
    private final MemberService members;
    private final FollowerService followers;
    private final DraftService drafts;
    private final DraftFiles draftFiles;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Translations text;
    private final Clock clock;

    MeetingNoticeService(
            MeetingNoticeRepository notices,
            MeetingNoticeRecipientRepository recipients,
            MeetingRecordRepository records,
            MinutesService minutes,
            ScheduleService schedule,
            MeetingInvitations invitations,
            MeetingAccess meetingAccess,
            NotificationService notifications,
            MemberService members,
            FollowerService followers,
            DraftService drafts,
            DraftFiles draftFiles,
            AuditService audit,
            CurrentUser currentUser,
            Translations text,
            Clock clock) {
        this.notices = notices;
        this.recipients = recipients;
        this.records = records;
        this.minutes = minutes;
        this.schedule = schedule;
        this.invitations = invitations;
        this.meetingAccess = meetingAccess;
        this.notifications = notifications;
        this.members = members;
        this.followers = followers;
        this.drafts = drafts;
        this.draftFiles = draftFiles;
        this.audit = audit;
        this.currentUser = currentUser;
        this.text = text;
        this.clock = clock;
    }

    /**
     * Sends the notice (again): to every member of the cell and to the follower, each with the calendar invitation
     * of this sending. A resend after the time or place changed says "Thông báo thay đổi".
     */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public NoticeStatus send(long meetingId) {
        MeetingSheet s = minutes.sheet(meetingId);
        MeetingRow m = s.meeting();
        if (!m.status().isUpcoming()) {
            throw new BusinessException("notice.error.notUpcoming");
        }
        Optional<MeetingNotice> previous = notices.findFirstByMeetingIdOrderBySequenceDesc(meetingId);
        boolean changed = previous.map(p -> differs(p, m)).orElse(false);
        int sequence = previous.map(p -> p.getSequence() + 1).orElse(1);
        String noticeText = noticeText(s, changed);
        MeetingNotice notice = notices.saveAndFlush(new MeetingNotice(
                meetingId,
                m.cellId(),
                sequence,
                m.scheduledAt(),
                m.place(),
                changed,
                noticeText,
                currentUser.require().displayName(),
                clock.instant()));

        NotificationService.Attachment invitation = new NotificationService.Attachment(
                "thong-bao-hop.ics",
                ICS_TYPE,
                invitations
                        .invitation(meetingId, sequence, changed ? text.vi("notice.ics.changed") : "", noticeText)
                        .getBytes(StandardCharsets.UTF_8));
        Message title = Message.of(
                m.type() == MeetingType.THEMATIC ? "minutes.notify.thematic" : "minutes.notify.regular",
                WHEN.format(m.scheduledAt()),
                m.place() == null ? "" : m.place());
        if (changed) {
            title = Message.of("notice.changedTitle", title);
        }
        Message body = s.chairName() == null
                ? Message.verbatim(s.agenda())
                : Message.of(
                        "minutes.notify.chairAndAgenda", Message.of("minutes.notify.chair", s.chairName()), s.agenda());
        String link = MinutesLinks.meeting(meetingId);
        for (MemberSummary member : members.summaries(m.cellId())) {
            long id = notifications.notifyWith(member.id(), title, body, link, invitation);
            recipients.save(
                    new MeetingNoticeRecipient(notice.requireId(), id, member.id(), null, member.fullName(), false));
        }
        Optional<NotificationService.Sent> follower =
                notifications.notifyFollower(m.cellId(), title, body, link, invitation);
        String followerName = followers
                .follower(m.cellId())
                .map(FollowerService.Follower::name)
                .orElse("");
        follower.ifPresent(f -> recipients.save(new MeetingNoticeRecipient(
                notice.requireId(), f.notificationId(), null, f.accountId(), followerName, true)));

        // the record keeps when the members were told: the meeting's quality sheet scores it
        MeetingRecord r = records.findByMeetingId(meetingId)
                .orElseGet(() -> new MeetingRecord(
                        meetingId, m.cellId(), currentUser.require().displayName(), clock.instant()));
        r.notified(clock.instant());
        records.saveAndFlush(r);
        audit.record("MEETING_NOTICE_SENT", "Meeting", meetingId, m.cellId(), "sequence=" + sequence);
        return status(meetingId);
    }

    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public NoticeStatus status(long meetingId) {
        MeetingRow m = schedule.get(meetingId); // not the whole sheet: the meeting page reads this beside it
        List<MeetingNotice> all = notices.findByMeetingIdOrderBySequence(meetingId);
        boolean canSend = meetingAccess.canManage(meetingId) && m.status().isUpcoming();
        Instant meetingAt = m.scheduledAt().atZone(clock.getZone()).toInstant();
        Instant deadline = meetingAt.minus(AHEAD);
        if (all.isEmpty()) {
            boolean late = m.status().isUpcoming() && clock.instant().isAfter(deadline);
            return new NoticeStatus(meetingId, null, late, false, 0, 0, List.of(), canSend);
        }
        MeetingNotice last = all.getLast();
        // the sending that first announced the time and place the last one says
        MeetingNotice announcing = all.getFirst();
        for (MeetingNotice n : all) {
            if (n.isChanged()) {
                announcing = n;
            }
        }
        boolean outdated = differs(last, m);
        boolean late = outdated
                ? m.status().isUpcoming() && clock.instant().isAfter(deadline)
                : announcing.getSentAt().isAfter(deadline);
        List<MeetingNoticeRecipient> to = recipients.findByNoticeIdOrderById(last.requireId());
        Set<Long> read = notifications.readAmong(
                m.cellId(),
                to.stream().map(MeetingNoticeRecipient::getNotificationId).toList());
        List<String> notSeen = meetingAccess.canManage(meetingId)
                ? to.stream()
                        .filter(r -> !read.contains(r.getNotificationId()))
                        .map(MeetingNoticeRecipient::getName)
                        .toList()
                : List.of();
        return new NoticeStatus(
                meetingId,
                new NoticeStatus.Sending(last.getSequence(), last.getSentAt(), last.getSentBy(), last.isChanged()),
                late,
                outdated,
                (int) to.stream()
                        .filter(r -> read.contains(r.getNotificationId()))
                        .count(),
                to.size(),
                notSeen,
                canSend);
    }

    /** The reader opened the meeting's page: the notices that lead there count as seen. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    public void opened(long meetingId) {
        notifications.markReadLeadingTo(MinutesLinks.meeting(meetingId));
    }

    /**
     * The bundle for the Sổ tay đảng viên điện tử: {@code thong-bao.txt} (the notice, ready to paste),
     * {@code chuong-trinh.txt} (the agenda), the approved draft of a thematic meeting as Word, and its attachments
     * under {@code tai-lieu/}. Names are plain ASCII, so that any unzip tool keeps them.
     */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public byte[] bundle(long meetingId) {
        MeetingSheet s = minutes.sheet(meetingId);
        MeetingRow m = s.meeting();
        Optional<MeetingNotice> last = notices.findFirstByMeetingIdOrderBySequenceDesc(meetingId);
        // what was sent, while it still holds; otherwise the notice as it would go out now
        String noticeText = last.filter(n -> !differs(n, m))
                .map(MeetingNotice::getText)
                .orElseGet(() -> noticeText(s, last.isPresent()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "thong-bao.txt", crlf(noticeText).getBytes(StandardCharsets.UTF_8));
            put(zip, "chuong-trinh.txt", crlf(s.agenda()).getBytes(StandardCharsets.UTF_8));
            DraftState draft = s.draft();
            if (draft != null && draft.approvedAt() != null && m.topicId() != null) {
                long topicId = m.topicId();
                put(
                        zip,
                        FileNames.ascii("du-thao-" + m.title()) + ".docx",
                        drafts.versionDocx(topicId, draft.version()));
                Set<String> names = new HashSet<>();
                for (DraftFiles.OpenFile f : draftFiles.versionFiles(topicId, draft.version())) {
                    put(zip, "tai-lieu/" + unique(FileNames.ascii(f.fileName()), names), Files.readAllBytes(f.path()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.recordRead("EXPORT_NOTICE_BUNDLE", "Meeting", meetingId, m.cellId(), "so-tay.zip");
        return bytes.toByteArray();
    }

    /** The notice as the members read it and as the secretary pastes it into the Sổ tay (Vietnamese). */
    String noticeText(MeetingSheet s, boolean changed) {
        MeetingRow m = s.meeting();
        List<String> lines = new ArrayList<>();
        lines.add(text.vi(changed ? "notice.text.headingChanged" : "notice.text.heading"));
        lines.add(
                m.type() == MeetingType.THEMATIC
                        ? text.vi("notice.text.thematic", m.title() == null ? "" : m.title())
                        : text.vi(
                                "notice.text.regular",
                                m.scheduledAt().getMonthValue() + "/"
                                        + m.scheduledAt().getYear()));
        lines.add(text.vi("notice.text.cell", s.cellName()));
        lines.add(text.vi("notice.text.time", TIME.format(m.scheduledAt())));
        lines.add(text.vi("notice.text.place", m.place() == null ? "" : m.place()));
        if (s.chairName() != null) {
            lines.add(text.vi("notice.text.chair", s.chairName()));
        }
        if (m.presenterName() != null) {
            lines.add(text.vi("notice.text.presenter", m.presenterName()));
        }
        lines.add(text.vi("notice.text.content"));
        lines.add(s.agenda());
        List<String> files = s.draft() == null ? List.of() : s.draft().files();
        if (files.isEmpty()) {
            lines.add(text.vi("notice.text.noMaterials"));
        } else {
            lines.add(text.vi("notice.text.materials"));
            files.forEach(f -> lines.add("- " + f));
        }
        lines.add(text.vi("notice.text.closing"));
        return String.join("\n", lines);
    }

    private static boolean differs(MeetingNotice n, MeetingRow m) {
        return !n.getScheduledAt().equals(m.scheduledAt()) || !Objects.equals(n.getPlace(), m.place());
    }

    /** Two attachments of one name ("de-cuong.docx" from "Đề cương.docx" and "De cuong.docx") stay two files. */
    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        String extension = FileNames.extension(name);
        String stem = extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = stem + "-" + i + (extension.isEmpty() ? "" : "." + extension);
        }
        return candidate;
    }

    /** Line ends a phone's and Windows' text viewers all show. */
    private static String crlf(String s) {
        return s.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
