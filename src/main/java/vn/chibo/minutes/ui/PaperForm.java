package vn.chibo.minutes.ui;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What issuing a commendation's paper asks: its day, between the award and today (which the dialog knows). */
record PaperForm(
        @NotNull(message = "{register.publishedOn.required}") @Nullable
        LocalDate issuedOn) {}
