package vn.chibo.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.PlanSummary;
import vn.chibo.plan.service.TopicLibraryService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/** The plan feature's form records at work: a broken constraint is said at its field, and nothing is saved. */
@ChiboSpringTest
@Transactional
class PlanFormsTest extends SpringBrowserlessTest {

    @Autowired
    PlanService plans;

    @Autowired
    TopicLibraryService library;

    @Autowired
    OrganizationService organizations;

    @Autowired
    Clock clock;

    @Autowired
    Demo demo;

    private PlanSummary thisYearsPlan() {
        return plans.find(demo.primarySchool(), TestTime.year()).orElseThrow();
    }

    @Test
    @WithUserDetails("danguy")
    void aSuggestedTopicNeedsATitle() {
        long committee = organizations.administeredTree().getFirst().id();
        int year = TestTime.year();
        int before = library.ofCommittee(committee, year).size();
        LibraryItemDialog dialog = new LibraryItemDialog(library, plans, committee, year, () -> {});
        dialog.open();
        TextArea title = $(TextArea.class, dialog).withCaption("Tên chuyên đề").single();

        dialog.save();

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Vui lòng nhập tên chuyên đề.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(library.ofCommittee(committee, year)).hasSize(before);
    }

    @Test
    @WithUserDetails("bithu")
    void publicationNeedsItsDay() {
        PlanSummary plan = thisYearsPlan();
        PublishDialog dialog = new PublishDialog(plans, clock, plan, () -> {});
        dialog.open();
        DatePicker day = $(DatePicker.class, dialog).single();
        day.clear();

        dialog.save();

        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).isEqualTo("Vui lòng chọn ngày ban hành.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(plans.get(plan.id()).status()).isEqualTo(plan.status());
        assertThat(plans.get(plan.id()).version()).isEqualTo(plan.version());
    }

    @Test
    @WithUserDetails("bithu")
    void theSettingsStayInTheirRanges() {
        PlanSummary plan = thisYearsPlan();
        PlanSettingsDialog dialog = new PlanSettingsDialog(plans, plan, () -> {});
        dialog.open();
        IntegerField perQuarter = $(IntegerField.class, dialog)
                .withCaption("Số chuyên đề tối thiểu mỗi quý")
                .single();
        perQuarter.setValue(5); // past the field's own max, as a crafted request would send it
        IntegerField window = $(IntegerField.class, dialog)
                .withCaption("Số năm xét công bằng")
                .single();
        window.clear();

        dialog.save();

        assertThat(perQuarter.isInvalid()).isTrue();
        assertThat(perQuarter.getErrorMessage()).isEqualTo("Giá trị lớn nhất là 3.");
        assertThat(window.isInvalid()).isTrue();
        assertThat(window.getErrorMessage()).isEqualTo("Vui lòng nhập giá trị.");
        assertThat(dialog.isOpened()).isTrue();
        PlanSummary after = plans.get(plan.id());
        assertThat(after.minThematicPerQuarter()).isEqualTo(plan.minThematicPerQuarter());
        assertThat(after.windowYears()).isEqualTo(plan.windowYears());
        assertThat(after.version()).isEqualTo(plan.version());
    }
}
