package vn.chibo.organization.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the exemption dialog edits: why, from when, and until when (open when not known yet). */
class ExemptionForm {

    @NotBlank(message = "{exemption.error.reasonRequired}")
    @Size(max = 500, message = "{error.tooLong}")
    String reason = "";

    @NotNull(message = "{exemption.error.fromRequired}")
    @Nullable
    LocalDate from;

    @Nullable
    LocalDate to;
}
