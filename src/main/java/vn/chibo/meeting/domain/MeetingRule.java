package vn.chibo.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import vn.chibo.base.domain.AbstractEntity;
import vn.chibo.organization.domain.PartyOrganization;

/** When a cell's regular meetings recur: a day of the month, or the n-th weekday, at a time and place. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "meeting_rule")
public class MeetingRule extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cell_id", nullable = false, unique = true)
    private PartyOrganization cell;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RuleKind kind = RuleKind.DAY_OF_MONTH;

    @Column(name = "day_of_month")
    private @Nullable Integer dayOfMonth = 5;

    /** 1..4, or -1 for the last such weekday of the month. */
    @Column(name = "week_of_month")
    private @Nullable Integer weekOfMonth;

    /** 1 (Monday) .. 7 (Sunday). */
    @Column(name = "day_of_week")
    private @Nullable Integer dayOfWeek;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime = LocalTime.of(14, 0);

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes = 120;

    @Column(length = 255)
    private @Nullable String place;

    /** Days before the meeting a thematic draft is due, and comments on it close. */
    @Column(name = "draft_due_days")
    private int draftDueDays = 7;

    @Column(name = "comments_close_days")
    private int commentsCloseDays = 2;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    @LastModifiedDate
    private Instant updatedAt;

    protected MeetingRule() {}

    public MeetingRule(PartyOrganization cell, String updatedBy) {
        this.cell = cell;
        this.updatedBy = updatedBy;
    }

    /** The day the rule gives in {@code month}. */
    public LocalDate dateIn(YearMonth month) {
        if (kind == RuleKind.DAY_OF_MONTH) {
            int day = dayOfMonth == null ? 1 : dayOfMonth;
            return month.atDay(Math.min(day, month.lengthOfMonth()));
        }
        DayOfWeek weekday = DayOfWeek.of(dayOfWeek == null ? 1 : dayOfWeek);
        int nth = weekOfMonth == null ? 1 : weekOfMonth;
        LocalDate first = month.atDay(1);
        return nth < 0
                ? first.with(TemporalAdjusters.lastInMonth(weekday))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
    }

    public void everyDayOfMonth(int day) {
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("day 1..31");
        }
        kind = RuleKind.DAY_OF_MONTH;
        dayOfMonth = day;
        weekOfMonth = null;
        dayOfWeek = null;
    }

    public void everyNthWeekday(int nth, DayOfWeek weekday) {
        if (nth == 0 || nth < -1 || nth > 4) {
            throw new IllegalArgumentException("nth 1..4 or -1");
        }
        kind = RuleKind.NTH_WEEKDAY;
        weekOfMonth = nth;
        dayOfWeek = weekday.getValue();
        dayOfMonth = null;
    }

    public void setTimeAndPlace(LocalTime startTime, int durationMinutes, @Nullable String place) {
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
        this.place = place;
    }

    public void setDeadlines(int draftDueDays, int commentsCloseDays) {
        if (draftDueDays < 1 || draftDueDays > 60 || commentsCloseDays < 0 || commentsCloseDays >= draftDueDays) {
            throw new IllegalArgumentException("deadlines");
        }
        this.draftDueDays = draftDueDays;
        this.commentsCloseDays = commentsCloseDays;
    }

    public int getDraftDueDays() {
        return draftDueDays;
    }

    public int getCommentsCloseDays() {
        return commentsCloseDays;
    }

    public void touch(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    public PartyOrganization getCell() {
        return cell;
    }

    public RuleKind getKind() {
        return kind;
    }

    public @Nullable Integer getDayOfMonth() {
        return dayOfMonth;
    }

    public @Nullable Integer getWeekOfMonth() {
        return weekOfMonth;
    }

    public @Nullable Integer getDayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
