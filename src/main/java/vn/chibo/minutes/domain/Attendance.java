package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
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

    /** When the member checked in from their phone; null when only the secretary answered. */
    @Column(name = "checked_in_at")
    private @Nullable Instant checkedInAt;

    @Column(name = "checked_in_by_qr", nullable = false)
    private boolean checkedInByQr;

    /** The secretary has answered since the member checked in: confirmed as present, or corrected. */
    @Column(name = "check_in_confirmed", nullable = false)
    private boolean checkInConfirmed;

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

    /** The secretary's answer; it confirms (or corrects) a member's own check-in. */
    public void answer(@Nullable AttendanceStatus status, @Nullable String reason) {
        record.requireUnlocked();
        this.status = status;
        this.reason = reason;
        this.checkInConfirmed = checkedInAt != null;
    }

    /**
     * The member says they are here: present, until the secretary confirms or corrects it. Once the secretary has
     * them present, checking in again changes nothing.
     */
    public void checkIn(Instant at, boolean byQr) {
        record.requireUnlocked();
        if (status != null && status.isPresent() && (checkInConfirmed || checkedInAt == null)) {
            return;
        }
        if (checkedInAt == null || status == null || !status.isPresent()) {
            this.checkedInAt = at;
            this.checkedInByQr = byQr;
        }
        this.status = AttendanceStatus.PRESENT;
        this.reason = null;
        this.checkInConfirmed = false;
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

    public @Nullable Instant getCheckedInAt() {
        return checkedInAt;
    }

    public boolean isCheckedInByQr() {
        return checkedInByQr;
    }

    public boolean isCheckInConfirmed() {
        return checkInConfirmed;
    }
}
