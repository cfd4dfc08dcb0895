package vn.chibo.minutes.service;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.Attendance;
import vn.chibo.minutes.domain.AttendanceRepository;
import vn.chibo.minutes.domain.CommendationRepository;
import vn.chibo.minutes.domain.EvaluationRepository;
import vn.chibo.minutes.domain.MeetingRecordRepository;
import vn.chibo.organization.service.AccessPolicy;
import vn.chibo.organization.service.MemberService;
import vn.chibo.security.service.CurrentUser;

/** A member's history of meetings, presentations, evaluations and commendations — evidence for the yearly rating. */
@Service
@Transactional(readOnly = true)
public class MemberHistoryService {

    private final AttendanceRepository attendance;
    private final MeetingRecordRepository records;
    private final EvaluationRepository evaluations;
    private final CommendationRepository commendations;
    private final ScheduleService schedule;
    private final MemberService members;
    private final AccessPolicy access;
    private final CurrentUser currentUser;

    MemberHistoryService(AttendanceRepository attendance, MeetingRecordRepository records,
            EvaluationRepository evaluations, CommendationRepository commendations, ScheduleService schedule,
            MemberService members, AccessPolicy access, CurrentUser currentUser) {
        this.attendance = attendance;
        this.records = records;
        this.evaluations = evaluations;
        this.commendations = commendations;
        this.schedule = schedule;
        this.members = members;
        this.access = access;
        this.currentUser = currentUser;
    }

    @PreAuthorize("@access.canReadMember(#memberId)")
    public MemberHistory of(long memberId) {
        List<MemberHistory.Attended> meetings = new ArrayList<>();
        List<MemberHistory.Attended> presented = new ArrayList<>();
        for (Attendance a : attendance.findByMemberIdOrderByIdDesc(memberId)) {
            MeetingRow m = schedule.get(a.getRecord().getMeetingId());
            MemberHistory.Attended row = new MemberHistory.Attended(m.id(), m.scheduledAt(), m.type(), m.title(),
                    a.getStatus(), a.isExempted());
            meetings.add(row);
            if (m.type() == MeetingType.THEMATIC && Long.valueOf(memberId).equals(m.presenterId())) {
                presented.add(row);
            }
        }
        meetings.sort(java.util.Comparator.comparing(MemberHistory.Attended::at).reversed());
        presented.sort(java.util.Comparator.comparing(MemberHistory.Attended::at).reversed());
        boolean self = currentUser.get().map(u -> Long.valueOf(memberId).equals(u.memberId())).orElse(false);
        boolean visible = self || access.canManageMember(memberId);
        List<EvaluationRow> evals = !visible ? List.of() : evaluations.findByPresenterIdOrderByEvaluatedAtDesc(memberId)
                .stream().map(e -> {
                    MeetingRow m = records.findById(e.getRecordId()).map(r -> schedule.get(r.getMeetingId())).orElseThrow();
                    return new EvaluationRow(e.getVersion(), memberId, m.presenterName() == null ? "" : m.presenterName(),
                            m.title(), e.getStrengths(), e.getShortcomings(), e.getRating(), e.getEvaluatedBy(),
                            e.getEvaluatedAt());
                }).toList();
        return new MemberHistory(memberId, members.get(memberId).getFullName(), meetings, presented, evals, visible,
                commendations.findByMemberIdOrderByAwardedOnDesc(memberId).stream().map(CommendationRow::of).toList());
    }
}
