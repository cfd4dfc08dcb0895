package vn.chibo.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.AbstractEntity;
import vn.chibo.organization.domain.Member;

/** A category of thematic topics (configurable), with keywords that match members' strengths. */
@Entity
@Table(name = "topic_category")
public class TopicCategory extends AbstractEntity {

    @Column(nullable = false, length = 40, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(length = 1000)
    private @Nullable String keywords;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected TopicCategory() {}

    public TopicCategory(String code, String name, @Nullable String keywords, int sortOrder) {
        this.code = code;
        this.name = name;
        this.keywords = keywords;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getKeywords() {
        return Member.parseStrengths(keywords);
    }

    public void setKeywords(List<String> words) {
        this.keywords = words.isEmpty() ? null : String.join("; ", words);
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
