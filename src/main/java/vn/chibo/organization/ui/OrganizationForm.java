package vn.chibo.organization.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chibo.organization.domain.OrganizationKind;

/**
 * What the organisation dialogs edit: a new one's kind, its name and place; for a rename, from which day and why,
 * and whether it is still active.
 */
record OrganizationForm(
        @Nullable OrganizationKind kind,

        @NotBlank(message = "{organization.nameRequired}") @Size(max = 255, message = "{error.tooLong}")
        String name,

        @Size(max = 120, message = "{error.tooLong}") String place,

        @NotNull(message = "{org.error.renameDateRequired}") @Nullable
        LocalDate effectiveOn,

        @Size(max = 1000, message = "{error.tooLong}") String note,
        boolean active) {}
