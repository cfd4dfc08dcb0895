package vn.chibo.organization.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;

/**
 * The cell the user is looking at, for this browser session. Secretaries and members always see their own
 * cell; committee members and administrators pick one of the cells they can read.
 */
@SpringComponent
@VaadinSessionScope
public class CellContext implements Serializable {

    private final transient OrganizationService organizations;
    private @Nullable Long selectedCellId;

    CellContext(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** The cells this user may switch between (one for cell-bound users). */
    public List<OrganizationInfo> choices() {
        return organizations.readableCells();
    }

    public Optional<OrganizationInfo> current() {
        if (selectedCellId != null) {
            try {
                return Optional.of(organizations.get(selectedCellId));
            } catch (AccessDeniedException | NotFoundException e) {
                selectedCellId = null; // the account's reach changed meanwhile: fall back to the first cell
            }
        }
        Optional<OrganizationInfo> first = choices().stream().findFirst();
        first.ifPresent(c -> selectedCellId = c.id());
        return first;
    }

    public Optional<Long> currentId() {
        return current().map(OrganizationInfo::id);
    }

    /** Switches to another cell; ignored unless the user may read it. */
    public boolean select(long cellId) {
        if (choices().stream().anyMatch(c -> c.id() == cellId)) {
            selectedCellId = cellId;
            return true;
        }
        return false;
    }
}
