package vn.chibo.minutes.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.live.LiveEvents;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.service.MeetingAccess;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AgendaPosition;
import vn.chibo.minutes.domain.AgendaPositionRepository;
import vn.chibo.minutes.domain.Attendance;
import vn.chibo.minutes.domain.MeetingRecord;
import vn.chibo.minutes.domain.MeetingRecordRepository;
import vn.chibo.minutes.domain.SpeakerRequest;
import vn.chibo.minutes.domain.SpeakerRequestRepository;
import vn.chibo.minutes.domain.SpeakerState;
import vn.chibo.minutes.domain.WrittenOpinion;
import vn.chibo.minutes.domain.WrittenOpinionRepository;
import vn.chibo.minutes.domain.WrittenOpinionState;
import vn.chibo.security.service.CurrentUser;

/**
 * The floor of a running meeting, from the phones (issue 21, item 3): the agenda item under discussion, which those
 * who run the meeting move; the speaker queue ("Xin phát biểu"), which a member present joins and leaves and the chair
 * calls from; and written opinions, which a member present sends and those who run the meeting accept into the
 * minutes under the member's name or set aside. Everything is kept at once and tells the live pages
 * ({@link LiveEvents}); a member acts only while the meeting is in progress, and nothing changes once it is held —
 * except deciding the opinions sent, which belongs to writing the minutes and ends with their lock.
 */
@Service
@Transactional
public class MeetingFloorService {

    private final ScheduleService schedule;
    private final MinutesService minutes;
    private final MeetingRecordRepository records;
    private final AgendaPositionRepository positions;
    private final SpeakerRequestRepository speakers;
    private final WrittenOpinionRepository opinions;
    private final MeetingAccess meetingAccess;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final LiveEvents live;
    private final Clock clock;

    MeetingFloorService(
            ScheduleService schedule,
            MinutesService minutes,
            MeetingRecordRepository records,
            AgendaPositionRepository positions,
            SpeakerRequestRepository speakers,
            WrittenOpinionRepository opinions,
            MeetingAccess meetingAccess,
            CurrentUser currentUser,
            AuditService audit,
            LiveEvents live,
            Clock clock) {
        this.schedule = schedule;
        this.minutes = minutes;
        this.records = records;
        this.positions = positions;
        this.speakers = speakers;
        this.opinions = opinions;
        this.meetingAccess = meetingAccess;
        this.currentUser = currentUser;
        this.audit = audit;
        this.live = live;
        this.clock = clock;
    }

    /** The floor as the reader may see it; read again after every change. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public LiveFloor floor(long meetingId) {
        MeetingRow m = schedule.get(meetingId);
        boolean manages = meetingAccess.canManage(meetingId);
        boolean inProgress = m.status() == MeetingStatus.IN_PROGRESS;
        Long me = currentUser.memberId();
        Facts f = live.shared(meetingId, "floor", () -> facts(meetingId));
        boolean present = me != null && f.present().stream().anyMatch(p -> p.memberId() == me);
        LiveFloor.Speaker mine = null;
        int place = 0;
        if (me != null) {
            if (f.speaking() != null && f.speaking().memberId() == me) {
                mine = f.speaking();
            }
            for (int i = 0; i < f.queue().size(); i++) {
                if (f.queue().get(i).memberId() == me) {
                    mine = f.queue().get(i);
                    place = i + 1;
                }
            }
        }
        return new LiveFloor(
                manages,
                inProgress,
                inProgress && present,
                AgendaItems.of(minutes.agenda(m)),
                f.position(),
                f.speaking(),
                manages ? f.queue() : List.of(),
                f.queue().size(),
                mine,
                place,
                me == null
                        ? List.of()
                        : f.opinions().stream().filter(o -> o.memberId() == me).toList(),
                manages
                        ? f.opinions().stream()
                                .filter(o -> o.state() == WrittenOpinionState.PENDING)
                                .toList()
                        : List.of(),
                manages && inProgress && f.started() ? addable(f.present(), f.speaking(), f.queue()) : List.of());
    }

    /**
     * The floor as every page of the meeting shows it, whoever reads: who is present, the queue, the item, all the
     * written opinions in the order sent (each reader sees their own, the chair those to decide).
     */
    private record Facts(
            boolean started,
            List<LiveFloor.Present> present,
            LiveFloor.@Nullable Speaker speaking,
            List<LiveFloor.Speaker> queue,
            int position,
            List<LiveFloor.Written> opinions) {}

    private Facts facts(long meetingId) {
        MeetingRecord r = records.findByMeetingId(meetingId).orElse(null);
        List<SpeakerRequest> open = speakers.findOpen(meetingId);
        return new Facts(
                r != null,
                r == null
                        ? List.of()
                        : r.getAttendance().stream()
                                .filter(a ->
                                        a.getStatus() != null && a.getStatus().isPresent())
                                .map(a -> new LiveFloor.Present(a.getMemberId(), a.getMemberName()))
                                .toList(),
                open.stream()
                        .filter(s -> s.getState() == SpeakerState.SPEAKING)
                        .map(MeetingFloorService::speaker)
                        .findFirst()
                        .orElse(null),
                open.stream()
                        .filter(s -> s.getState() == SpeakerState.WAITING)
                        .map(MeetingFloorService::speaker)
                        .toList(),
                positions.findById(meetingId).map(AgendaPosition::getItem).orElse(-1),
                opinions.findByMeetingIdOrderBySentAtAscIdAsc(meetingId).stream()
                        .map(MeetingFloorService::written)
                        .toList());
    }

    /** The written opinions still to decide, in the order sent: for the minutes' page. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    @Transactional(readOnly = true)
    public List<LiveFloor.Written> pending(long meetingId) {
        return opinions.findByMeetingIdAndStateOrderBySentAtAscIdAsc(meetingId, WrittenOpinionState.PENDING).stream()
                .map(MeetingFloorService::written)
                .toList();
    }

    /** Those who run the meeting move to an item of the agenda (0 is the first): every page marks it. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public LiveFloor setAgendaItem(long meetingId, int item) {
        MeetingRecord r = inProgress(meetingId);
        int items = AgendaItems.of(minutes.agenda(meetingId)).size();
        if (item < 0 || item >= items) {
            throw new BusinessException("floor.error.noSuchItem", item + 1, items);
        }
        String by = currentUser.require().displayName();
        AgendaPosition p = positions
                .findById(meetingId)
                .map(x -> {
                    x.moveTo(item, by, clock.instant());
                    return x;
                })
                .orElseGet(() -> new AgendaPosition(meetingId, item, by, clock.instant()));
        // a row of its own: the minutes being typed at this moment keep their version
        positions.saveAndFlush(p);
        audit.record("AGENDA_ITEM", "Meeting", meetingId, r.getCellId(), String.valueOf(item + 1));
        live.changed(meetingId);
        return floor(meetingId);
    }

    /** The logged-in member asks to speak ("Xin phát biểu"): at the end of the queue, once. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    public LiveFloor askToSpeak(long meetingId) {
        MeetingRecord r = inProgress(meetingId);
        return enqueue(r, presentMember(r), new BusinessException("floor.error.alreadyAsked"));
    }

    /**
     * The chair puts a member present in the queue — a hand raised in the room, or a member without a phone: the
     * secretary can always act for a member.
     */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public LiveFloor askToSpeakFor(long meetingId, long memberId) {
        MeetingRecord r = inProgress(meetingId);
        Attendance a = presentLine(r, memberId);
        if (a == null) {
            throw new BusinessException("floor.error.notPresentFor");
        }
        return enqueue(r, a, new BusinessException("floor.error.alreadyAskedFor", a.getMemberName()));
    }

    /** A member present joins the end of the queue, once: {@code already} says they are in it. */
    private LiveFloor enqueue(MeetingRecord r, Attendance a, BusinessException already) {
        long meetingId = r.getMeetingId();
        if (speakers.findOpen(meetingId).stream().anyMatch(s -> s.getMemberId() == a.getMemberId())) {
            throw already;
        }
        SpeakerRequest s = speakers.saveAndFlush(
                new SpeakerRequest(meetingId, a.getMemberId(), a.getMemberName(), clock.instant()));
        audit.record("SPEAKER_ASKED", "SpeakerRequest", s.getId(), r.getCellId(), a.getMemberName());
        live.changed(meetingId);
        return floor(meetingId);
    }

    /** Members present who are neither speaking nor waiting, in the roll-call's order. */
    private static List<LiveFloor.Present> addable(
            List<LiveFloor.Present> present, LiveFloor.@Nullable Speaker speaking, List<LiveFloor.Speaker> queue) {
        return present.stream()
                .filter(a -> speaking == null || speaking.memberId() != a.memberId())
                .filter(a -> queue.stream().noneMatch(w -> w.memberId() == a.memberId()))
                .toList();
    }

    /** The logged-in member leaves the queue while still waiting. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    public LiveFloor withdrawRequest(long meetingId) {
        MeetingRecord r = inProgress(meetingId);
        Long me = currentUser.memberId();
        SpeakerRequest s = speakers.findOpen(meetingId).stream()
                .filter(x -> me != null && x.getMemberId() == me)
                .findFirst()
                .orElseThrow(() -> new BusinessException("floor.error.notInQueue"));
        s.withdraw(clock.instant());
        speakers.saveAndFlush(s);
        audit.record("SPEAKER_WITHDRAWN", "SpeakerRequest", s.getId(), r.getCellId(), s.getMemberName());
        live.changed(meetingId);
        return floor(meetingId);
    }

    /**
     * The chair gives the floor to a member waiting ("Mời phát biểu"); whoever was speaking is done. A request changed
     * since it was read (withdrawn, called from another screen) is refused, never overwritten.
     */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public LiveFloor callSpeaker(long meetingId, long requestId, long expectedVersion) {
        MeetingRecord r = inProgress(meetingId);
        SpeakerRequest s = request(meetingId, requestId, expectedVersion);
        for (SpeakerRequest other : speakers.findOpen(meetingId)) {
            if (other.getState() == SpeakerState.SPEAKING && !other.equals(s)) {
                other.finish(clock.instant());
                speakers.save(other);
            }
        }
        s.call(clock.instant());
        speakers.saveAndFlush(s);
        audit.record("SPEAKER_CALLED", "SpeakerRequest", s.getId(), r.getCellId(), s.getMemberName());
        live.changed(meetingId);
        return floor(meetingId);
    }

    /** The member speaking has finished ("Xong"). */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public LiveFloor finishSpeaker(long meetingId, long requestId, long expectedVersion) {
        MeetingRecord r = inProgress(meetingId);
        SpeakerRequest s = request(meetingId, requestId, expectedVersion);
        s.finish(clock.instant());
        speakers.saveAndFlush(s);
        audit.record("SPEAKER_DONE", "SpeakerRequest", s.getId(), r.getCellId(), s.getMemberName());
        live.changed(meetingId);
        return floor(meetingId);
    }

    /** The logged-in member, present, sends an opinion in writing; it is kept at once, as sent. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    public LiveFloor sendOpinion(long meetingId, String text) {
        MeetingRecord r = inProgress(meetingId);
        Attendance a = presentMember(r);
        String clean = text == null ? "" : Vietnamese.clean(text);
        if (clean.isEmpty()) {
            throw new BusinessException("floor.error.opinionEmpty");
        }
        if (clean.length() > WrittenOpinion.MAX_TEXT) {
            throw new BusinessException("error.tooLong", WrittenOpinion.MAX_TEXT);
        }
        WrittenOpinion o = opinions.saveAndFlush(
                new WrittenOpinion(meetingId, a.getMemberId(), a.getMemberName(), clean, clock.instant()));
        audit.record("OPINION_SENT", "WrittenOpinion", o.getId(), r.getCellId(), a.getMemberName());
        live.changed(meetingId);
        return floor(meetingId);
    }

    /**
     * Takes a written opinion into the minutes under its member's name, after the opinions already there — the minutes
     * page and the Word file show it as a typed one. The minutes' version moves on, so a form opened before says
     * "changed by someone else" instead of saving its opinions over this one.
     */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public LiveFloor acceptOpinion(long meetingId, long opinionId, long expectedVersion) {
        MeetingRow m = schedule.get(meetingId);
        MeetingRecord r = minutesOpen(m);
        WrittenOpinion o = opinion(meetingId, opinionId, expectedVersion);
        String by = currentUser.require().displayName();
        o.decide(WrittenOpinionState.ACCEPTED, by, clock.instant());
        r.acceptWrittenOpinion(o.getMemberId(), o.getMemberName(), o.getText());
        r.indexForSearch(MinutesSearch.searchText(m.title(), r));
        r.touch(by, clock.instant());
        opinions.saveAndFlush(o);
        records.saveAndFlush(r);
        audit.record("OPINION_ACCEPTED", "WrittenOpinion", o.getId(), r.getCellId(), o.getMemberName());
        live.changed(meetingId);
        return floor(meetingId);
    }

    /** Leaves a written opinion out of the minutes; the member sees it was not taken in. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public LiveFloor setOpinionAside(long meetingId, long opinionId, long expectedVersion) {
        MeetingRecord r = minutesOpen(schedule.get(meetingId));
        WrittenOpinion o = opinion(meetingId, opinionId, expectedVersion);
        o.decide(WrittenOpinionState.SET_ASIDE, currentUser.require().displayName(), clock.instant());
        opinions.saveAndFlush(o);
        audit.record("OPINION_SET_ASIDE", "WrittenOpinion", o.getId(), r.getCellId(), o.getMemberName());
        live.changed(meetingId);
        return floor(meetingId);
    }

    /** Members take the floor, and the chair moves it, only while the meeting is in progress. */
    private MeetingRecord inProgress(long meetingId) {
        MeetingStatus status = schedule.get(meetingId).status();
        if (status == MeetingStatus.LOCKED) {
            throw new BusinessException("minutes.error.locked");
        }
        if (status == MeetingStatus.HELD) {
            throw new BusinessException("floor.error.over");
        }
        if (status != MeetingStatus.IN_PROGRESS) {
            throw new BusinessException("floor.error.notStarted");
        }
        MeetingRecord r =
                records.findByMeetingId(meetingId).orElseThrow(() -> new BusinessException("floor.error.notStarted"));
        r.requireUnlocked();
        return r;
    }

    /** Opinions sent are decided while the minutes are written: in progress or held, until the lock. */
    private MeetingRecord minutesOpen(MeetingRow m) {
        MeetingRecord.requireUnderway(m.status());
        MeetingRecord r =
                records.findByMeetingId(m.id()).orElseThrow(() -> new BusinessException("minutes.error.notStarted"));
        r.requireUnlocked();
        return r;
    }

    /** The logged-in member's line of the roll-call, when they are on it and present. */
    private Attendance presentMember(MeetingRecord r) {
        Long me = currentUser.memberId();
        Attendance a = r.getAttendance().stream()
                .filter(x -> me != null && x.getMemberId() == me)
                .findFirst()
                .orElseThrow(() -> new BusinessException("floor.error.notOnList"));
        if (a.getStatus() == null || !a.getStatus().isPresent()) {
            throw new BusinessException("floor.error.notPresent");
        }
        return a;
    }

    private static @Nullable Attendance presentLine(MeetingRecord r, long memberId) {
        return r.getAttendance().stream()
                .filter(a -> a.getMemberId() == memberId
                        && a.getStatus() != null
                        && a.getStatus().isPresent())
                .findFirst()
                .orElse(null);
    }

    private SpeakerRequest request(long meetingId, long requestId, long expectedVersion) {
        SpeakerRequest s = speakers.findById(requestId)
                .filter(x -> x.getMeetingId() == meetingId)
                .orElseThrow(() -> new BusinessException("floor.error.notInQueue"));
        if (s.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return s;
    }

    private WrittenOpinion opinion(long meetingId, long opinionId, long expectedVersion) {
        WrittenOpinion o = opinions.findById(opinionId)
                .filter(x -> x.getMeetingId() == meetingId)
                .orElseThrow(() -> new BusinessException("floor.error.noSuchOpinion"));
        if (o.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return o;
    }

    private static LiveFloor.Speaker speaker(SpeakerRequest s) {
        return new LiveFloor.Speaker(s.requireId(), s.getVersion(), s.getMemberId(), s.getMemberName(), s.getAskedAt());
    }

    private static LiveFloor.Written written(WrittenOpinion o) {
        return new LiveFloor.Written(
                o.requireId(),
                o.getVersion(),
                o.getMemberId(),
                o.getMemberName(),
                o.getText(),
                o.getSentAt(),
                Objects.requireNonNull(o.getState()));
    }
}
