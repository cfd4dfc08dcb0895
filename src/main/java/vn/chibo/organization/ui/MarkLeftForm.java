package vn.chibo.organization.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What ending a member's party life in the cell needs: the day and the reason (the register keeps both). */
record MarkLeftForm(
        @NotNull(message = "{member.error.leftOnRequired}") @Nullable
        LocalDate on,

        @NotBlank(message = "{member.error.reasonRequired}") @Size(max = 500, message = "{error.tooLong}")
        String reason) {}
