package vn.chibo.plan.ui;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.chibo.plan.domain.AnnualPlan;

/** The plan's rules and the rotation's settings, in the ranges the plan accepts ({@link AnnualPlan#configure}). */
record PlanSettingsForm(
        @NotNull(message = "{error.required}")
        @Min(value = 0, message = "{error.atLeast}")
        @Max(value = 3, message = "{error.atMost}")
        @Nullable
        Integer perQuarter,

        @NotNull(message = "{error.required}")
        @Min(value = 0, message = "{error.atLeast}")
        @Max(value = 12, message = "{error.atMost}")
        @Nullable
        Integer maxPerMember,

        @NotNull(message = "{error.required}")
        @Min(value = 1, message = "{error.atLeast}")
        @Max(value = 10, message = "{error.atMost}")
        @Nullable
        Integer windowYears,

        boolean pairProbationary,

        @Size(max = AnnualPlan.MAX_NOTES, message = "{error.tooLong}")
        String notes) {}
