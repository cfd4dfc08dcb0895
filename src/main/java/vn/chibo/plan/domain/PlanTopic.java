package vn.chibo.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import vn.chibo.base.domain.AbstractEntity;
import vn.chibo.base.i18n.Message;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.organization.domain.Member;

/** One topic of an annual plan: what, when (target month), who presents and who is in charge. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "plan_topic")
public class PlanTopic extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private AnnualPlan plan;

    @Column(nullable = false, length = 300)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private @Nullable TopicCategory category;

    @Column(length = 4000)
    private @Nullable String goals;

    /** Folded title and goals: what search matches, with the presenter's folded name (V7). */
    @Column(name = "search_text", length = 4400)
    private @Nullable String searchText;

    @Column(name = "target_month", nullable = false)
    private int targetMonth;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "presenter_id")
    private @Nullable Member presenter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mentor_id")
    private @Nullable Member mentor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "in_charge_id")
    private @Nullable Member inCharge;

    @Column(length = 2000)
    private @Nullable String notes;

    @Column(length = 2000)
    private @Nullable String materials;

    /** Extra words matched against members' strengths, separated by ';'. */
    @Column(length = 1000)
    private @Nullable String keywords;

    @Column(name = "assigned_by", length = 64)
    private @Nullable String assignedBy;

    @Column(name = "assigned_at")
    private @Nullable Instant assignedAt;

    @Column(name = "assignment_note", length = 1000)
    private @Nullable String assignmentNote;

    @Column(name = "assignment_note_key", length = 100)
    private @Nullable String assignmentNoteKey;

    @Column(name = "assignment_note_args", length = 8000)
    private @Nullable String assignmentNoteArgs;

    @Column(name = "created_at", nullable = false)
    @CreatedDate
    private Instant createdAt;

    protected PlanTopic() {}

    public PlanTopic(AnnualPlan plan, String title, int targetMonth) {
        if (targetMonth < 1 || targetMonth > 12) {
            throw new IllegalArgumentException("Month must be 1..12");
        }
        this.plan = plan;
        this.title = title;
        this.targetMonth = targetMonth;
    }

    /** Recomputes the folded text search matches (done on every save; explicit for rows older than it). */
    @PrePersist
    @PreUpdate
    public void indexForSearch() {
        searchText = Vietnamese.fold(title + (goals == null ? "" : " " + goals));
    }

    public @Nullable String getSearchText() {
        return searchText;
    }

    public AnnualPlan getPlan() {
        return plan;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public @Nullable TopicCategory getCategory() {
        return category;
    }

    public void setCategory(@Nullable TopicCategory category) {
        this.category = category;
    }

    public @Nullable String getGoals() {
        return goals;
    }

    public void setGoals(@Nullable String goals) {
        this.goals = goals;
    }

    public int getTargetMonth() {
        return targetMonth;
    }

    public void setTargetMonth(int targetMonth) {
        if (targetMonth < 1 || targetMonth > 12) {
            throw new IllegalArgumentException("Month must be 1..12");
        }
        this.targetMonth = targetMonth;
    }

    public int getQuarter() {
        return (targetMonth - 1) / 3 + 1;
    }

    public @Nullable Member getPresenter() {
        return presenter;
    }

    public @Nullable Member getMentor() {
        return mentor;
    }

    /**
     * Assigns (or clears) the presenter and mentor, recording who did it and how: {@code how} is kept as its key and
     * arguments for each reader's language, {@code howInVietnamese} as the text beside it.
     */
    public void assign(
            @Nullable Member presenter,
            @Nullable Member mentor,
            String by,
            Instant at,
            Message how,
            String howInVietnamese) {
        this.presenter = presenter;
        this.mentor = mentor;
        this.assignedBy = by;
        this.assignedAt = at;
        this.assignmentNote =
                howInVietnamese.length() > 1000 ? howInVietnamese.substring(0, 997) + "..." : howInVietnamese;
        Message.Stored stored = how.stored();
        this.assignmentNoteKey = stored == null ? null : stored.key();
        this.assignmentNoteArgs = stored == null ? null : stored.arguments();
    }

    /** How the presenter was chosen, in any language (the stored text for topics assigned before schema 13). */
    public @Nullable Message assignmentNote() {
        return assignmentNote == null ? null : Message.restore(assignmentNoteKey, assignmentNoteArgs, assignmentNote);
    }

    public @Nullable Member getInCharge() {
        return inCharge;
    }

    public void setInCharge(@Nullable Member inCharge) {
        this.inCharge = inCharge;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public @Nullable String getMaterials() {
        return materials;
    }

    public void setMaterials(@Nullable String materials) {
        this.materials = materials;
    }

    public List<String> getKeywords() {
        return Member.parseStrengths(keywords);
    }

    public void setKeywords(List<String> words) {
        this.keywords = words.isEmpty() ? null : String.join("; ", words);
    }

    public @Nullable String getAssignedBy() {
        return assignedBy;
    }

    public @Nullable Instant getAssignedAt() {
        return assignedAt;
    }

    public @Nullable String getAssignmentNote() {
        return assignmentNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
