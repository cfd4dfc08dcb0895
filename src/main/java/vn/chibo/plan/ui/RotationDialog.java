package vn.chibo.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Notifications;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.plan.service.Decision;
import vn.chibo.plan.service.PlanSummary;
import vn.chibo.plan.service.ProposalRow;
import vn.chibo.plan.service.RotationService;

/**
 * "Fill the whole year": the rotation proposes a presenter for every open topic, with its reasons. The
 * secretary accepts, overrides one, or swaps two, then saves them all at once.
 */
class RotationDialog extends FormDialog {

    private final RotationService rotation;
    private final PlanSummary plan;
    private final Runnable onSaved;
    private final List<MemberSummary> members;
    private final List<Row> rows = new ArrayList<>();
    private final Grid<Row> grid = new Grid<>();

    /** One open topic: the proposal and what the secretary decided. */
    static final class Row {
        final ProposalRow proposal;

        @Nullable
        Long presenterId;

        @Nullable
        Long mentorId;

        Decision decision = Decision.ACCEPTED;
        boolean selected;

        Row(ProposalRow proposal) {
            this.proposal = proposal;
            this.presenterId = proposal.presenterId();
            this.mentorId = proposal.mentorId();
        }
    }

    RotationDialog(RotationService rotation, MemberService memberService, PlanSummary plan, Runnable onSaved) {
        this.rotation = rotation;
        this.plan = plan;
        this.onSaved = onSaved;
        this.members = memberService.summaries(plan.cellId());
        setHeaderTitle(getTranslation("rotation.title", plan.year()));
        setWidth("80rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        addClassName("rotation-dialog");

        rotation.proposeAll(plan.id()).forEach(p -> rows.add(new Row(p)));
        Paragraph help = new Paragraph(getTranslation(rows.isEmpty() ? "rotation.nothingOpen" : "rotation.help"));
        add(help);
        if (!rows.isEmpty()) {
            configureGrid();
            add(grid);
        }

        Button swap = new Button(getTranslation("rotation.swap"), VaadinIcon.EXCHANGE.create(), e -> swapSelected());
        saveButton().setText(getTranslation("rotation.save"));
        saveButton().setIcon(VaadinIcon.CHECK.create());
        saveButton().setEnabled(!rows.isEmpty());
        swap.setEnabled(!rows.isEmpty());
        // between "Hủy" and the save: swapping is part of deciding, before saving
        getFooter().addComponentAtIndex(1, swap);
        onSave(this::saveAll);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(r -> {
                    Checkbox box = new Checkbox(r.selected);
                    box.setAriaLabel(getTranslation("rotation.select"));
                    box.addValueChangeListener(e -> r.selected = e.getValue());
                    return box;
                })
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("month.long", r.proposal.month()))
                .setHeader(getTranslation("plan.col.month"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.proposal.topicTitle())
                .setHeader(getTranslation("plan.col.topic"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::presenterPicker)
                .setHeader(getTranslation("plan.col.presenter"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::why)
                .setHeader(getTranslation("rotation.why"))
                .setFlexGrow(4);
        grid.setItems(rows);
    }

    private Component presenterPicker(Row r) {
        Select<MemberSummary> pick = new Select<>();
        pick.setItems(members);
        pick.setItemLabelGenerator(m -> m == null ? getTranslation("plan.unassigned") : m.fullName());
        pick.setEmptySelectionAllowed(true);
        pick.setEmptySelectionCaption(getTranslation("plan.unassigned"));
        pick.setAriaLabel(getTranslation("plan.col.presenter"));
        members.stream()
                .filter(m -> Objects.equals(m.id(), r.presenterId))
                .findFirst()
                .ifPresent(pick::setValue);
        pick.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                r.presenterId = e.getValue() == null ? null : e.getValue().id();
                r.mentorId = null;
                r.decision = Objects.equals(r.presenterId, r.proposal.presenterId())
                        ? Decision.ACCEPTED
                        : Decision.OVERRIDDEN;
                grid.getDataProvider().refreshItem(r);
            }
        });
        pick.setWidthFull();
        Div box = new Div(pick);
        if (r.mentorId != null) {
            Span mentor = new Span(getTranslation("plan.mentorOf", nameOf(r.mentorId)));
            mentor.addClassName("topic-sub");
            box.add(mentor);
        }
        if (r.decision != Decision.ACCEPTED) {
            Span changed = new Span(getTranslation("rotation.decision." + r.decision.name()));
            changed.addClassNames("pill", "pill-warning");
            box.add(changed);
        }
        return box;
    }

    private Component why(Row r) {
        Span text = new Span(
                r.decision == Decision.ACCEPTED
                        ? ReasonText.of(this, r.proposal.reasons())
                        : getTranslation("rotation.overriddenNote"));
        text.addClassName("reason-text");
        return text;
    }

    private void swapSelected() {
        List<Row> chosen = rows.stream().filter(r -> r.selected).toList();
        if (chosen.size() != 2) {
            Notifications.error(getTranslation("rotation.swapNeedsTwo"));
            return;
        }
        Row a = chosen.get(0);
        Row b = chosen.get(1);
        Long p = a.presenterId;
        Long m = a.mentorId;
        a.presenterId = b.presenterId;
        a.mentorId = b.mentorId;
        b.presenterId = p;
        b.mentorId = m;
        a.decision = Decision.SWAPPED;
        b.decision = Decision.SWAPPED;
        a.selected = false;
        b.selected = false;
        grid.getDataProvider().refreshAll();
    }

    private void saveAll() {
        List<RotationService.Assignment> assignments = rows.stream()
                .map(r -> new RotationService.Assignment(
                        r.proposal.topicId(), r.proposal.topicVersion(), r.presenterId, r.mentorId, r.decision))
                .toList();
        int n = rotation.apply(plan.id(), assignments);
        Notifications.success(getTranslation("rotation.saved", n));
        onSaved.run();
    }

    private String nameOf(long memberId) {
        return members.stream()
                .filter(m -> m.id() == memberId)
                .map(MemberSummary::fullName)
                .findFirst()
                .orElse("?");
    }

    /** For tests: the rows as decided so far. */
    List<Row> rows() {
        return rows;
    }
}
