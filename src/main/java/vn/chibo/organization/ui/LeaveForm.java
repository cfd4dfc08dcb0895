package vn.chibo.organization.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the leave dialog edits: a leave or mission always has both ends. */
class LeaveForm {

    @NotBlank(message = "{leave.error.reasonRequired}")
    @Size(max = 500, message = "{error.tooLong}")
    String reason = "";

    @NotNull(message = "{exemption.error.fromRequired}")
    @Nullable
    LocalDate from;

    @NotNull(message = "{leave.error.toRequired}")
    @Nullable
    LocalDate to;
}
