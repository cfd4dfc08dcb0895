package vn.chibo.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Notifications;
import vn.chibo.plan.domain.TopicLibraryItem;
import vn.chibo.plan.service.TopicLibraryService;

/** Picks topics from the committees' published library into a plan. */
class LibraryPickerDialog extends FormDialog {

    LibraryPickerDialog(TopicLibraryService library, long planId, long cellId, int year, Runnable onAdded) {
        setHeaderTitle(getTranslation("library.pickTitle", year));
        setWidth("60rem");
        setMaxWidth("100%");
        List<TopicLibraryItem> items = library.availableTo(cellId, year);
        Grid<TopicLibraryItem> grid = new Grid<>();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(TopicLibraryItem::getTitle)
                .setHeader(getTranslation("plan.col.topic"))
                .setFlexGrow(3);
        grid.addColumn(i -> i.getCategory() == null ? "" : i.getCategory().getName())
                .setHeader(getTranslation("topic.category"))
                .setFlexGrow(2);
        grid.addColumn(i -> i.getSuggestedQuarter() == null ? "" : getTranslation("quarter." + i.getSuggestedQuarter()))
                .setHeader(getTranslation("library.quarter"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.getCommittee().getName())
                .setHeader(getTranslation("library.from"))
                .setAutoWidth(true);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("library.pickHelp")), grid);
        saveButton().setText(getTranslation("library.addSelected"));
        onSave(() -> {
            int n = library.addToPlan(
                    planId,
                    grid.getSelectedItems().stream()
                            .map(TopicLibraryItem::getId)
                            .toList());
            Notifications.success(getTranslation("library.added", n));
            onAdded.run();
        });
    }
}
