package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One criterion of a quality frame: what is scored, out of how many points, and whether the product pre-scores it. */
@Entity
@Table(name = "quality_criterion")
public class QualityCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "frame_id", updatable = false)
    private QualityFrame frame;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "auto_key")
    private @Nullable QualityFact autoKey;

    @Column(name = "required_for_good", nullable = false)
    private boolean requiredForGood;

    protected QualityCriterion() {
        this.frame = null;
        this.code = "";
        this.label = "";
    }

    QualityCriterion(
            QualityFrame frame,
            int position,
            String code,
            String label,
            int maxPoints,
            @Nullable QualityFact autoKey,
            boolean requiredForGood) {
        this.frame = frame;
        this.position = position;
        this.code = code;
        this.label = label;
        this.maxPoints = maxPoints;
        this.autoKey = autoKey;
        this.requiredForGood = requiredForGood;
    }

    void revise(String label, int maxPoints) {
        this.label = label;
        this.maxPoints = maxPoints;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public @Nullable QualityFact getAutoKey() {
        return autoKey;
    }

    public boolean isRequiredForGood() {
        return requiredForGood;
    }
}
