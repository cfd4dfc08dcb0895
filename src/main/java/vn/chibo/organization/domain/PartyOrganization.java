package vn.chibo.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import vn.chibo.base.domain.AbstractEntity;

/**
 * A party organisation: a tree of any depth (đảng bộ → … → chi bộ). Names change over time (see
 * {@link OrganizationNameChange}); the tree position is kept as a materialised path so that "every cell
 * under this committee" is one indexed query.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "party_organization")
public class PartyOrganization extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable PartyOrganization parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganizationKind kind;

    @Column(nullable = false)
    private String name;

    /** Place name used in documents ("Ngọc Sơn, ngày … tháng … năm …"). */
    @Column(length = 120)
    private @Nullable String place;

    @Column(nullable = false, length = 500)
    private String path = "/";

    @Column(nullable = false)
    private boolean active = true;

    /** The upper committee's account that follows this cell: it receives the cell's meeting notices. */
    @Column(name = "following_account_id")
    private @Nullable Long followingAccountId;

    @Column(name = "created_at", nullable = false)
    @CreatedDate
    private Instant createdAt;

    protected PartyOrganization() {}

    public PartyOrganization(
            @Nullable PartyOrganization parent, OrganizationKind kind, String name, @Nullable String place) {
        if (parent != null && parent.kind == OrganizationKind.CHI_BO) {
            throw new IllegalArgumentException("A chi bộ cannot contain other organisations");
        }
        this.parent = parent;
        this.kind = kind;
        this.name = name;
        this.place = place;
    }

    /** Called once the id is known: the path ends with the organisation's own id. */
    public void assignPath() {
        String parentPath = parent == null ? "/" : parent.getPath();
        this.path = parentPath + requireId() + "/";
    }

    public @Nullable PartyOrganization getParent() {
        return parent;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public boolean isCell() {
        return kind == OrganizationKind.CHI_BO;
    }

    public String getName() {
        return name;
    }

    /** Renames; the caller records the change in {@link OrganizationNameChange}. */
    public void rename(String newName) {
        this.name = newName;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public String getPath() {
        return path;
    }

    /** Whether {@code other} is this organisation or lies anywhere below it. */
    public boolean contains(PartyOrganization other) {
        return other.getPath().startsWith(path);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public @Nullable Long getFollowingAccountId() {
        return followingAccountId;
    }

    public void setFollowingAccountId(@Nullable Long followingAccountId) {
        this.followingAccountId = followingAccountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
