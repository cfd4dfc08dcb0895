package vn.chibo.register.service;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.chibo.organization.service.AccessPolicy;
import vn.chibo.organization.service.OrganizationService;

/**
 * Who may see and set an organisation's register, as {@code @registerAccess} in security expressions. Reading:
 * whoever reads the organisation (a member only their own cell, a committee its cells and itself). Settings: a
 * cell's secretary (or the administrator) for a cell; the committee (or the administrator) for a committee's own
 * register — a committee never changes a cell's numbering.
 */
@Component("registerAccess")
public class RegisterAccess {

    private final AccessPolicy access;
    private final OrganizationService organizations;

    RegisterAccess(AccessPolicy access, OrganizationService organizations) {
        this.access = access;
        this.organizations = organizations;
    }

    public boolean canRead(@Nullable Long organizationId) {
        return organizationId != null
                && (access.canReadCell(organizationId) || access.canAdministerOrganization(organizationId));
    }

    public boolean canConfigure(@Nullable Long organizationId) {
        if (!canRead(organizationId)) {
            return false;
        }
        return organizations.get(organizationId).isCell()
                ? access.canManageCell(organizationId)
                : access.canAdministerOrganization(organizationId);
    }
}
