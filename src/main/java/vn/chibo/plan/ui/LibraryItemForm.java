package vn.chibo.plan.ui;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.chibo.plan.domain.TopicCategory;
import vn.chibo.plan.service.PlanService;

/** A topic the committee suggests to its cells: a title, and if it likes a category, a quarter and the goals. */
record LibraryItemForm(
        @NotBlank(message = "{plan.error.titleRequired}")
        @Size(max = PlanService.MAX_TITLE, message = "{error.tooLong}")
        String title,

        @Nullable TopicCategory category,

        @Min(value = 1, message = "{library.error.quarter}")
        @Max(value = 4, message = "{library.error.quarter}")
        @Nullable
        Integer quarter,

        @Size(max = 4000, message = "{error.tooLong}") String goals) {}
