package vn.chibo.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.BeanRules;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.plan.domain.RotationEngine;
import vn.chibo.plan.domain.TopicCategory;
import vn.chibo.plan.service.Decision;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.PlanSummary;
import vn.chibo.plan.service.ProposalRow;
import vn.chibo.plan.service.RotationService;
import vn.chibo.plan.service.TopicData;
import vn.chibo.plan.service.TopicRow;

/**
 * Adds or edits a topic, and assigns its presenter: by hand, or by asking the rotation for a proposal with
 * its reasons. What was typed stays when a save is refused.
 */
class TopicDialog extends FormDialog {

    private final PlanService plans;
    private final RotationService rotation;
    private final PlanSummary plan;
    private final @Nullable TopicRow existing;
    private final Runnable onSaved;
    private final TextArea title = new TextArea();
    private final ComboBox<TopicCategory> category = new ComboBox<>();
    private final Select<Integer> month = new Select<>();
    private final TextArea goals = new TextArea();
    private final ComboBox<MemberSummary> inCharge = new ComboBox<>();
    private final MultiSelectComboBox<String> keywords = new MultiSelectComboBox<>();
    private final TextField materials = new TextField();
    private final TextField notes = new TextField();
    private final ComboBox<MemberSummary> presenter = new ComboBox<>();
    private final ComboBox<MemberSummary> mentor = new ComboBox<>();
    private final Div proposal = new Div();
    private final List<MemberSummary> cellMembers;
    private boolean proposalAccepted;

    TopicDialog(
            PlanService plans,
            RotationService rotation,
            MemberService members,
            PlanSummary plan,
            @Nullable TopicRow existing,
            Runnable onSaved) {
        this.plans = plans;
        this.rotation = rotation;
        this.plan = plan;
        this.existing = existing;
        this.onSaved = onSaved;
        this.cellMembers = members.summaries(plan.cellId());
        setHeaderTitle(getTranslation(existing == null ? "topic.addTitle" : "topic.editTitle"));
        setWidth("56rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        addClassName("topic-dialog");

        title.setLabel(getTranslation("topic.title"));
        title.setMaxLength(PlanService.MAX_TITLE);
        title.setRequired(true);
        category.setLabel(getTranslation("topic.category"));
        List<TopicCategory> categories = plans.categories();
        category.setItems(categories);
        category.setItemLabelGenerator(TopicCategory::getName);
        month.setLabel(getTranslation("topic.month"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(
                m -> getTranslation("month.long", m) + " · " + getTranslation("quarter." + ((m - 1) / 3 + 1)));
        goals.setLabel(getTranslation("topic.goals"));
        goals.setMaxLength(4000);
        goals.setHelperText(getTranslation("topic.goalsHelp"));
        inCharge.setLabel(getTranslation("topic.inCharge"));
        inCharge.setItems(cellMembers);
        inCharge.setItemLabelGenerator(MemberSummary::fullName);
        inCharge.setClearButtonVisible(true);
        keywords.setLabel(getTranslation("topic.keywords"));
        keywords.setHelperText(getTranslation("topic.keywordsHelp"));
        keywords.setAllowCustomValue(true);
        List<String> keywordItems = new ArrayList<>(cellMembers.stream()
                .flatMap(m -> m.strengths().stream())
                .distinct()
                .sorted()
                .toList());
        keywords.setItems(keywordItems);
        keywords.addCustomValueSetListener(e -> {
            String tag = e.getDetail().strip();
            if (!tag.isEmpty() && tag.length() <= 60) {
                keywordItems.add(tag);
                keywords.setItems(keywordItems);
                var selected = new LinkedHashSet<>(keywords.getValue());
                selected.add(tag);
                keywords.setValue(selected);
            }
        });
        materials.setLabel(getTranslation("topic.materials"));
        materials.setMaxLength(2000);
        notes.setLabel(getTranslation("topic.notes"));
        notes.setMaxLength(2000);

        FormLayout form = new FormLayout(title, category, month, goals, inCharge, keywords, materials, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 2));
        form.setColspan(title, 2);
        form.setColspan(goals, 2);
        form.setColspan(keywords, 2);

        add(form);
        Binder<TopicData> binder = validates(new Binder<>());
        binder.forField(title)
                .withValidator(BeanRules.of(TopicData.class, "title"))
                .bind(TopicData::getTitle, TopicData::setTitle);
        binder.forField(goals)
                .withValidator(BeanRules.of(TopicData.class, "goals"))
                .bind(TopicData::getGoals, TopicData::setGoals);

        if (existing != null) {
            fill(existing, categories);
        } else {
            month.setValue(plans.suggestedMonth(plan.id()));
        }
        // the presenter can be chosen while adding (optional), not only once the topic is saved
        add(assignmentSection());

        onSave(this::saveTopic);
    }

    private void fill(TopicRow t, List<TopicCategory> categories) {
        title.setValue(t.title());
        categories.stream()
                .filter(c -> Objects.equals(c.getId(), t.categoryId()))
                .findFirst()
                .ifPresent(category::setValue);
        month.setValue(t.month());
        goals.setValue(t.goals() == null ? "" : t.goals());
        cellMembers.stream()
                .filter(m -> Objects.equals(m.id(), t.inChargeId()))
                .findFirst()
                .ifPresent(inCharge::setValue);
        keywords.setValue(new LinkedHashSet<>(t.keywords()));
        materials.setValue(t.materials() == null ? "" : t.materials());
        notes.setValue(t.notes() == null ? "" : t.notes());
    }

    private Div assignmentSection() {
        Div section = new Div();
        section.addClassName("assignment-section");
        section.add(new H4(getTranslation("topic.assignment")));
        presenter.setLabel(getTranslation("topic.presenter"));
        presenter.setItems(cellMembers);
        presenter.setItemLabelGenerator(
                m -> m.fullName() + (m.isProbationary() ? " (" + getTranslation("enum.MemberStatus.DU_BI") + ")" : ""));
        presenter.setClearButtonVisible(true);
        mentor.setLabel(getTranslation("topic.mentor"));
        mentor.setItems(cellMembers.stream().filter(m -> !m.isProbationary()).toList());
        mentor.setItemLabelGenerator(MemberSummary::fullName);
        mentor.setClearButtonVisible(true);
        if (existing != null) {
            cellMembers.stream()
                    .filter(m -> Objects.equals(m.id(), existing.presenterId()))
                    .findFirst()
                    .ifPresent(presenter::setValue);
            cellMembers.stream()
                    .filter(m -> Objects.equals(m.id(), existing.mentorId()))
                    .findFirst()
                    .ifPresent(mentor::setValue);
        } else {
            presenter.setHelperText(getTranslation("topic.presenterOptional"));
        }
        presenter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                proposalAccepted = false;
            }
        });
        Button propose = new Button(getTranslation("topic.propose"), VaadinIcon.MAGIC.create(), e -> showProposal());
        propose.addThemeVariants(ButtonVariant.SMALL);
        Div row = new Div(presenter, mentor, propose);
        row.addClassName("assignment-row");
        proposal.addClassName("proposal-box");
        proposal.setVisible(false);
        section.add(row, proposal);
        if (existing != null && existing.assignedBy() != null) {
            Paragraph who = new Paragraph(getTranslation(
                    "topic.assignedBy",
                    plans.personName(existing.assignedBy()),
                    Formats.dateTime(existing.assignedAt()),
                    existing.assignmentHow() == null
                            ? ""
                            : existing.assignmentHow().render(this::getTranslation)));
            who.addClassName("assigned-by");
            section.add(who);
        }
        return section;
    }

    private void showProposal() {
        ProposalRow p = existing != null
                ? rotation.proposeFor(existing.id())
                : rotation.proposeForNew(
                        plan.id(),
                        month.getValue() == null ? 1 : month.getValue(),
                        title.getValue(),
                        new ArrayList<>(keywords.getValue()),
                        category.getValue() == null ? null : category.getValue().getId());
        proposal.removeAll();
        proposal.setVisible(true);
        if (p.presenterId() == null) {
            proposal.add(new Paragraph(ReasonText.of(this, p.reasons())));
            return;
        }
        Span who = new Span(getTranslation("topic.proposed", p.presenterName()));
        who.addClassName("proposal-who");
        Button accept = new Button(getTranslation("topic.acceptProposal"), e -> {
            cellMembers.stream()
                    .filter(m -> m.id() == p.presenterId())
                    .findFirst()
                    .ifPresent(presenter::setValue);
            mentor.setValue(
                    p.mentorId() == null
                            ? null
                            : cellMembers.stream()
                                    .filter(m -> m.id() == p.mentorId())
                                    .findFirst()
                                    .orElse(null));
            proposalAccepted = true;
        });
        accept.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        proposal.add(new Div(who, accept), new Paragraph(ReasonText.of(this, p.reasons())));
        List<RotationEngine.Ranked> others = p.alternatives(3);
        if (!others.isEmpty()) {
            Div alt = new Div(new Span(getTranslation("topic.alternatives")));
            alt.addClassName("alternatives");
            for (RotationEngine.Ranked r : others) {
                alt.add(new Div(new Span(r.name()), new Span(alternativeStats(this, r))));
            }
            proposal.add(alt);
        }
    }

    /** Turns, then the matching strengths only when there are some: never "strengths:" with nothing after it. */
    static String alternativeStats(Component c, RotationEngine.Ranked r) {
        String stats = c.getTranslation("topic.alternativeStats", r.yearCount(), r.windowCount());
        return r.matches().isEmpty()
                ? stats
                : stats + c.getTranslation("topic.alternativeStrengths", String.join(", ", r.matchedStrengths()));
    }

    private void saveTopic() {
        TopicData data = existing == null ? new TopicData() : TopicData.existing(existing.id(), existing.version());
        data.setTitle(title.getValue());
        data.setCategoryId(
                category.getValue() == null ? null : category.getValue().getId());
        data.setTargetMonth(month.getValue() == null ? 1 : month.getValue());
        data.setGoals(goals.getValue());
        data.setInChargeId(
                inCharge.getValue() == null ? null : inCharge.getValue().id());
        data.setKeywords(new ArrayList<>(keywords.getValue()));
        data.setMaterials(materials.getValue());
        data.setNotes(notes.getValue());
        Long chosen = presenter.getValue() == null ? null : presenter.getValue().id();
        Long chosenMentor = mentor.getValue() == null ? null : mentor.getValue().id();
        Decision how = proposalAccepted ? Decision.ACCEPTED : Decision.OVERRIDDEN;
        if (existing == null) {
            plans.addTopicAndAssign(plan.id(), data, chosen, chosenMentor, how);
        } else {
            plans.updateTopicAndAssign(existing.id(), data, chosen, chosenMentor, how);
        }
        Notifications.success(getTranslation("topic.saved"));
        onSaved.run();
    }
}
