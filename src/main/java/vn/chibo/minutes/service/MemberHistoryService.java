package vn.chibo.minutes.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.Attendance;
import vn.chibo.minutes.domain.AttendanceRepository;
import vn.chibo.minutes.domain.CommendationRepository;
import vn.chibo.minutes.domain.Evaluation;
import vn.chibo.minutes.domain.EvaluationRepository;
import vn.chibo.minutes.domain.MeetingRecord;
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

    MemberHistoryService(
            AttendanceRepository attendance,
            MeetingRecordRepository records,
            EvaluationRepository evaluations,
            CommendationRepository commendations,
            ScheduleService schedule,
            MemberService members,
            AccessPolicy access,
            CurrentUser currentUser) {
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
        List<Attendance> attended = attendance.findByMemberIdOrderByIdDesc(memberId);
        Map<Long, MeetingRow> rows =
                schedule
                        .rows(attended.stream()
                                .map(a -> a.getRecord().getMeetingId())
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(MeetingRow::id, m -> m));
        for (Attendance a : attended) {
            MeetingRow m = rows.get(a.getRecord().getMeetingId());
            MemberHistory.Attended row = new MemberHistory.Attended(
                    m.id(), m.scheduledAt(), m.type(), m.title(), a.getStatus(), a.isExempted());
            meetings.add(row);
            if (m.type() == MeetingType.THEMATIC && Long.valueOf(memberId).equals(m.presenterId())) {
                presented.add(row);
            }
        }
        meetings.sort(Comparator.comparing(MemberHistory.Attended::at).reversed());
        presented.sort(Comparator.comparing(MemberHistory.Attended::at).reversed());
        boolean self = currentUser
                .get()
                .map(u -> Long.valueOf(memberId).equals(u.memberId()))
                .orElse(false);
        boolean visible = self || access.canManageMember(memberId);
        List<Evaluation> evaluated =
                !visible ? List.of() : evaluations.findByPresenterIdOrderByEvaluatedAtDesc(memberId);
        Map<Long, Long> meetingOfRecord =
                records
                        .findAllById(
                                evaluated.stream().map(Evaluation::getRecordId).toList())
                        .stream()
                        .collect(Collectors.toMap(MeetingRecord::requireId, MeetingRecord::getMeetingId));
        Map<Long, MeetingRow> evaluatedRows =
                schedule.rows(meetingOfRecord.values()).stream().collect(Collectors.toMap(MeetingRow::id, m -> m));
        List<EvaluationRow> evals = evaluated.stream()
                .map(e -> {
                    MeetingRow m = evaluatedRows.get(meetingOfRecord.get(e.getRecordId()));
                    return new EvaluationRow(
                            e.getVersion(),
                            memberId,
                            m.presenterName() == null ? "" : m.presenterName(),
                            m.title(),
                            e.getStrengths(),
                            e.getShortcomings(),
                            null,
                            e.getEvaluatedBy(),
                            e.getEvaluatedAt());
                })
                .toList();
        return new MemberHistory(
                memberId,
                members.get(memberId).getFullName(),
                meetings,
                presented,
                evals,
                visible,
                commendations.findByMemberIdOrderByAwardedOnDesc(memberId).stream()
                        .map(CommendationRow::of)
                        .toList());
    }
}
