package vn.chibo.organization.ui;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What closing an open-ended exemption needs: its last day (not before it began, which the dialog also says). */
record EndExemptionForm(
        @NotNull(message = "{exemption.error.lastDayRequired}") @Nullable
        LocalDate lastDay) {}
