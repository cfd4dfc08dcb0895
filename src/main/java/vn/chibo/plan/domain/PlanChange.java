package vn.chibo.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.i18n.Message;

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

    /** The Vietnamese rendering; the only text of rows written before keys were kept. */
    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "description_key", length = 100)
    private @Nullable String descriptionKey;

    @Column(name = "description_args", length = 8000)
    private @Nullable String descriptionArgs;

    protected PlanChange() {}

    public PlanChange(Long planId, @Nullable Long topicId, String changedBy, Instant changedAt, String description) {
        this.planId = planId;
        this.topicId = topicId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.description = description.length() > 2000 ? description.substring(0, 1997) + "..." : description;
    }

    /** A change kept as a key and arguments, with its Vietnamese rendering beside them. */
    public PlanChange(
            Long planId,
            @Nullable Long topicId,
            String changedBy,
            Instant changedAt,
            Message description,
            String descriptionText) {
        this(planId, topicId, changedBy, changedAt, descriptionText);
        Message.Stored d = description.stored();
        if (d != null && d.arguments().length() <= 8000) {
            this.descriptionKey = d.key();
            this.descriptionArgs = d.arguments();
        }
    }

    /** What changed, to render in the reader's language (the stored text when it has no key). */
    public Message description() {
        return Message.restore(descriptionKey, descriptionArgs, description);
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
