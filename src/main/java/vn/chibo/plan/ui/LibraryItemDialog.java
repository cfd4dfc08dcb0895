package vn.chibo.plan.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.plan.domain.TopicCategory;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicLibraryService;

/** Adds a suggested topic to the committee's library for the year the page shows (none chosen: it says so). */
class LibraryItemDialog extends FormDialog {

    LibraryItemDialog(
            TopicLibraryService library,
            PlanService plans,
            @Nullable Long committeeId,
            @Nullable Integer year,
            Runnable onSaved) {
        setHeaderTitle(getTranslation("library.add"));
        setWidth("36rem");
        setMaxWidth("100%");
        TextArea title = new TextArea(getTranslation("topic.title"));
        title.setMaxLength(PlanService.MAX_TITLE);
        title.setWidthFull();
        ComboBox<TopicCategory> category = new ComboBox<>(getTranslation("topic.category"));
        category.setItems(plans.categories());
        category.setItemLabelGenerator(TopicCategory::getName);
        category.setWidthFull();
        Select<Integer> quarter = new Select<>();
        quarter.setLabel(getTranslation("library.quarter"));
        quarter.setItems(IntStream.rangeClosed(1, 4).boxed().toList());
        quarter.setItemLabelGenerator(q -> q == null ? "" : getTranslation("quarter." + q));
        quarter.setEmptySelectionAllowed(true);
        TextArea goals = new TextArea(getTranslation("topic.goals"));
        goals.setMaxLength(4000);
        goals.setWidthFull();
        add(title, category, quarter, goals);
        constrained(title, LibraryItemForm.class, "title");
        constrained(quarter, LibraryItemForm.class, "quarter");
        constrained(goals, LibraryItemForm.class, "goals");
        checks(() ->
                committeeId == null || year == null ? List.of(getTranslation("library.pickCommittee")) : List.of());
        onSave(() -> {
            LibraryItemForm form =
                    new LibraryItemForm(title.getValue(), category.getValue(), quarter.getValue(), goals.getValue());
            library.add(
                    committeeId,
                    year,
                    form.title(),
                    form.category() == null ? null : form.category().getId(),
                    form.goals(),
                    form.quarter());
            onSaved.run();
        });
    }
}
