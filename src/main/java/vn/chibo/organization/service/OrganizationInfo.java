package vn.chibo.organization.service;

import org.jspecify.annotations.Nullable;
import vn.chibo.organization.domain.OrganizationKind;
import vn.chibo.organization.domain.PartyOrganization;

/** An organisation as other features and views see it. */
public record OrganizationInfo(
        long id,
        long version,
        @Nullable Long parentId,
        OrganizationKind kind,
        String name,
        @Nullable String place,
        String path,
        boolean active) {

    static OrganizationInfo of(PartyOrganization o) {
        PartyOrganization parent = o.getParent();
        return new OrganizationInfo(
                o.requireId(),
                o.getVersion(),
                parent == null ? null : parent.getId(),
                o.getKind(),
                o.getName(),
                o.getPlace(),
                o.getPath(),
                o.isActive());
    }

    public boolean isCell() {
        return kind == OrganizationKind.CHI_BO;
    }

    /** How deep in the tree (a root is 0). */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
