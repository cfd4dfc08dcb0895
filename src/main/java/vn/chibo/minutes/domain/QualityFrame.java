package vn.chibo.minutes.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.AbstractEntity;
import vn.chibo.base.domain.BusinessException;

/**
 * The 100-point criteria a meeting's quality is scored by. The default frame (no organisation) comes with the
 * product; an upper committee keeps its own copy for its cells, with its own labels and points.
 */
@Entity
@Table(name = "quality_frame")
public class QualityFrame extends AbstractEntity {

    /** The points a frame always adds up to. */
    public static final int TOTAL = 100;

    @Column(name = "organization_id", updatable = false)
    private @Nullable Long organizationId;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @OneToMany(mappedBy = "frame", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QualityCriterion> criteria = new ArrayList<>();

    protected QualityFrame() {
        this.savedBy = "";
        this.savedAt = Instant.EPOCH;
    }

    private QualityFrame(long organizationId, String by, Instant at) {
        this.organizationId = organizationId;
        this.savedBy = by;
        this.savedAt = at;
    }

    /** A committee's own copy of this frame, to adjust for its cells. */
    public QualityFrame copyFor(long organizationId, String by, Instant at) {
        QualityFrame copy = new QualityFrame(organizationId, by, at);
        for (QualityCriterion c : criteria) {
            copy.criteria.add(new QualityCriterion(
                    copy,
                    c.getPosition(),
                    c.getCode(),
                    c.getLabel(),
                    c.getMaxPoints(),
                    c.getAutoKey(),
                    c.isRequiredForGood()));
        }
        return copy;
    }

    /**
     * New labels and points, by criterion code; the points must add up to exactly 100 — a frame of 95 or 105
     * would shift every level boundary — so anything else is refused, nothing written.
     */
    public void revise(Map<String, String> labels, Map<String, Integer> points, String by, Instant at) {
        int total = 0;
        for (QualityCriterion c : criteria) {
            int p = points.getOrDefault(c.getCode(), c.getMaxPoints());
            String label = labels.getOrDefault(c.getCode(), c.getLabel()).strip();
            if (p < 0) {
                throw new BusinessException("quality.error.negative", c.getLabel());
            }
            if (label.isEmpty() || label.length() > 255) {
                throw new BusinessException("quality.error.label");
            }
            total += p;
        }
        if (total != TOTAL) {
            throw new BusinessException("quality.error.total", total);
        }
        for (QualityCriterion c : criteria) {
            c.revise(
                    labels.getOrDefault(c.getCode(), c.getLabel()).strip(),
                    points.getOrDefault(c.getCode(), c.getMaxPoints()));
        }
        this.savedBy = by;
        this.savedAt = at;
    }

    public @Nullable Long getOrganizationId() {
        return organizationId;
    }

    public boolean isDefault() {
        return organizationId == null;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public List<QualityCriterion> getCriteria() {
        return List.copyOf(criteria);
    }
}
