package vn.chibo.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change made to a published plan: members must be able to see what changed, who did it and when. */
@Entity
@Table(name = "plan_change")
public class PlanChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "topic_id")
    private @Nullable Long topicId;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 2000)
    private String description;

    protected PlanChange() {
    }

    public PlanChange(Long planId, @Nullable Long topicId, String changedBy, Instant changedAt, String description) {
        this.planId = planId;
        this.topicId = topicId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.description = description.length() > 2000 ? description.substring(0, 1997) + "..." : description;
    }

    public Long getPlanId() {
        return planId;
    }

    public @Nullable Long getTopicId() {
        return topicId;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getDescription() {
        return description;
    }
}
