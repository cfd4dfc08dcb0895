package vn.chibo.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import vn.chibo.base.domain.AbstractEntity;
import vn.chibo.organization.domain.PartyOrganization;

/** A topic a đảng bộ suggests to its cells for a year; cells see it once published. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "topic_library_item")
public class TopicLibraryItem extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    private PartyOrganization committee;

    @Column(name = "library_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 300)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private @Nullable TopicCategory category;

    @Column(length = 4000)
    private @Nullable String goals;

    @Column(name = "suggested_quarter")
    private @Nullable Integer suggestedQuarter;

    @Column(length = 1000)
    private @Nullable String keywords;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    @CreatedDate
    private Instant createdAt;

    protected TopicLibraryItem() {}

    public TopicLibraryItem(PartyOrganization committee, int year, String title, String createdBy) {
        this.committee = committee;
        this.year = year;
        this.title = title;
        this.createdBy = createdBy;
    }

    public PartyOrganization getCommittee() {
        return committee;
    }

    public int getYear() {
        return year;
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

    public @Nullable Integer getSuggestedQuarter() {
        return suggestedQuarter;
    }

    public void setSuggestedQuarter(@Nullable Integer suggestedQuarter) {
        this.suggestedQuarter = suggestedQuarter;
    }

    public @Nullable String getKeywords() {
        return keywords;
    }

    public void setKeywords(@Nullable String keywords) {
        this.keywords = keywords;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
