package vn.chibo.organization.ui;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chibo.organization.service.OrganizationInfo;

/** What the transfer dialog edits: the receiving cell and the day are needed, the note is not. */
class TransferForm {

    @NotNull(message = "{member.transfer.incomplete}")
    @Nullable
    OrganizationInfo target;

    @NotNull(message = "{member.transfer.incomplete}")
    @Nullable
    LocalDate on;

    @Size(max = 500, message = "{error.tooLong}")
    String note = "";
}
