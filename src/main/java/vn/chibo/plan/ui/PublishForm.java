package vn.chibo.plan.ui;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What publishing the plan asks: the day it is issued, which its number and date carry. */
record PublishForm(
        @NotNull(message = "{register.publishedOn.required}") @Nullable
        LocalDate issuedOn) {}
