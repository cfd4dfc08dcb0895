package vn.chibo.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.minutes.service.QualityFrameRow;
import vn.chibo.minutes.service.QualityFrameService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.security.domain.Role;

/**
 * "Khung chấm điểm chất lượng": the upper committee adjusts the 100-point frame its cells' meetings are scored by
 * (labels and points; the total stays 100), or goes back to the default. Reached from the oversight page.
 */
@Route("khung-chat-luong")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME})
public class QualityFrameView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final QualityFrameService frames;
    private final Div body = new Div();
    private final Map<String, TextField> labels = new LinkedHashMap<>();
    private final Map<String, IntegerField> points = new LinkedHashMap<>();
    private final Span total = new Span();
    private long committeeId;
    private @Nullable QualityFrameRow frame;

    QualityFrameView(QualityFrameService frames) {
        this.frames = frames;
        addClassNames("page", "quality-frame");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new ViewToolbar(getTranslation("qualityFrame.title"), getTranslation("qualityFrame.subtitle")));
        List<OrganizationInfo> committees = frames.committees();
        if (committees.isEmpty()) {
            return;
        }
        Select<OrganizationInfo> which = new Select<>();
        which.setLabel(getTranslation("qualityFrame.organization"));
        which.setItems(committees);
        which.setItemLabelGenerator(o -> o == null ? "" : o.name());
        which.setValue(committees.getFirst());
        which.setVisible(committees.size() > 1);
        which.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue().id());
            }
        });
        add(which, new Paragraph(getTranslation("qualityFrame.levels")), body);
        show(committees.getFirst().id());
    }

    private void show(long committee) {
        committeeId = committee;
        frame = frames.ofCommittee(committee);
        body.removeAll();
        labels.clear();
        points.clear();
        body.addClassName("card");
        body.add(new Paragraph(
                frame.isDefault()
                        ? getTranslation("qualityFrame.default")
                        : getTranslation("qualityFrame.own", frame.savedBy())));
        for (QualityFrameRow.Criterion c : frame.criteria()) {
            TextField label = new TextField();
            label.setAriaLabel(c.code());
            label.setValue(c.label());
            label.setMaxLength(255);
            label.setWidthFull();
            IntegerField max = new IntegerField();
            max.setAriaLabel(getTranslation("qualityFrame.col.points"));
            max.setMin(0);
            max.setMax(100);
            max.setValue(c.maxPoints());
            max.setWidthFull();
            max.addValueChangeListener(e -> showTotal());
            Div facts = new Div();
            if (c.autoKey() != null) {
                facts.add(new Span(getTranslation("qualityFrame.auto", EnumLabels.of(c.autoKey()))));
            }
            if (c.requiredForGood()) {
                Span req = new Span(getTranslation("qualityFrame.required"));
                req.addClassName("required");
                facts.add(req);
            }
            facts.addClassName("reason");
            Div row = new Div(label, max, facts);
            row.addClassName("quality-row");
            body.add(row);
            labels.put(c.code(), label);
            points.put(c.code(), max);
        }
        total.addClassName("quality-result");
        body.add(total);
        showTotal();
        Button save = new Button(getTranslation("qualityFrame.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Div buttons = new Div(save);
        buttons.addClassName("button-row");
        if (!frame.isDefault()) {
            buttons.add(new Button(getTranslation("qualityFrame.useDefault"), e -> {
                frames.useDefault(committeeId);
                show(committeeId);
            }));
        }
        body.add(buttons);
    }

    private void showTotal() {
        int sum = points.values().stream()
                .mapToInt(f -> f.getValue() == null ? 0 : f.getValue())
                .sum();
        total.setText(getTranslation("qualityFrame.total", sum));
        total.getElement().getClassList().set("error", sum != 100);
    }

    private void save() {
        Map<String, String> newLabels = new LinkedHashMap<>();
        Map<String, Integer> newPoints = new LinkedHashMap<>();
        labels.forEach((code, f) -> newLabels.put(code, f.getValue()));
        points.forEach((code, f) -> newPoints.put(code, f.getValue() == null ? 0 : f.getValue()));
        try {
            frames.save(committeeId, frame == null ? -1 : frame.version(), newLabels, newPoints);
            Notifications.success(getTranslation("qualityFrame.saved"));
            show(committeeId);
        } catch (BusinessException e) {
            Notifications.error(ErrorMessages.of(e));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qualityFrame.title");
    }

    /** For tests. */
    Map<String, IntegerField> pointFields() {
        return points;
    }
}
