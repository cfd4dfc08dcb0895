package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.AbstractEntity;

/** One member in a meeting's roll-call, as the member was on the meeting day (name, full or not, exempted). */
@Entity
@Table(name = "attendance")
public class Attendance extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", updatable = false)
    private MeetingRecord record;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "member_name", nullable = false, updatable = false)
    private String memberName;

    @Column(name = "full_member", nullable = false, updatable = false)
    private boolean fullMember;

    @Column(nullable = false, updatable = false)
    private boolean exempted;

    @Enumerated(EnumType.STRING)
    private @Nullable AttendanceStatus status;

    private @Nullable String reason;

    protected Attendance() {
        this.record = null;
        this.memberId = 0L;
        this.memberName = "";
    }

    public Attendance(MeetingRecord record, long memberId, String memberName, boolean fullMember, boolean exempted) {
        this.record = record;
        this.memberId = memberId;
        this.memberName = memberName;
        this.fullMember = fullMember;
        this.exempted = exempted;
    }

    public void answer(@Nullable AttendanceStatus status, @Nullable String reason) {
        record.requireUnlocked();
        this.status = status;
        this.reason = reason;
    }

    public MeetingRecord getRecord() {
        return record;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public boolean isFullMember() {
        return fullMember;
    }

    public boolean isExempted() {
        return exempted;
    }

    public @Nullable AttendanceStatus getStatus() {
        return status;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
