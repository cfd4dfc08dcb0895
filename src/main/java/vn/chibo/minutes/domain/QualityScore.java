package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.AbstractEntity;

/**
 * The points one meeting got on one criterion. The criterion's label, maximum and "required for Tốt" are copied
 * when the meeting is scored, so a later change of the frame never rewrites a sheet that was read and locked.
 */
@Entity
@Table(name = "quality_score")
public class QualityScore extends AbstractEntity {

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(nullable = false)
    private int position;

    @Column(name = "criterion_code", nullable = false, updatable = false)
    private String criterionCode;

    @Column(nullable = false)
    private String label;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    @Column(name = "required_for_good", nullable = false)
    private boolean requiredForGood;

    @Column(nullable = false)
    private int points;

    private @Nullable String note;

    protected QualityScore() {
        this.criterionCode = "";
        this.label = "";
    }

    /** A criterion of the frame, copied onto the meeting's sheet. */
    public QualityScore(
            long recordId, int position, String code, String label, int maxPoints, boolean requiredForGood) {
        this.recordId = recordId;
        this.position = position;
        this.criterionCode = code;
        this.label = label;
        this.maxPoints = maxPoints;
        this.requiredForGood = requiredForGood;
    }

    /** For a pure level computation (tests, previews): a score not saved anywhere. */
    public static QualityScore of(String code, int maxPoints, boolean requiredForGood, int points) {
        QualityScore s = new QualityScore();
        s.criterionCode = code;
        s.label = code;
        s.maxPoints = maxPoints;
        s.requiredForGood = requiredForGood;
        s.points = points;
        return s;
    }

    public void score(int points, @Nullable String note) {
        this.points = points;
        this.note = note;
    }

    public long getRecordId() {
        return recordId;
    }

    public int getPosition() {
        return position;
    }

    public String getCriterionCode() {
        return criterionCode;
    }

    public String getLabel() {
        return label;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public boolean isRequiredForGood() {
        return requiredForGood;
    }

    public int getPoints() {
        return points;
    }

    public @Nullable String getNote() {
        return note;
    }
}
