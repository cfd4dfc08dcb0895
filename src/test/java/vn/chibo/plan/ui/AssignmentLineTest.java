package vn.chibo.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.i18n.Translations;
import vn.chibo.organization.service.MemberService;
import vn.chibo.plan.service.Decision;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.PlanSummary;
import vn.chibo.plan.service.RotationService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/**
 * The topic dialog's line on who assigned the presenter and how: the person's name (never the log-in name) and the
 * way of choosing in the reader's language, kept as a key since schema 13.
 */
@ChiboSpringTest
@Transactional
class AssignmentLineTest extends SpringBrowserlessTest {

    @Autowired
    PlanService plans;

    @Autowired
    RotationService rotation;

    @Autowired
    MemberService members;

    @Autowired
    Demo demo;

    @Test
    @WithUserDetails("bithu")
    void whoAssignedThePresenterAndHowReadByNameInTheReadersLanguage() {
        int year = TestTime.today().getYear();
        long hoan = demo.member("Phạm Thị Hoàn"); // the secretary, logged in as bithu
        PlanSummary plan = plans.get(
                plans.find(demo.primarySchool(), year + 1).orElseThrow().id());
        TopicRow topic = plans.topics(plan.id()).getFirst();
        plans.assign(topic.id(), topic.version(), hoan, null, Decision.OVERRIDDEN);
        TopicRow assigned = plans.topics(plan.id()).getFirst();

        new TopicDialog(plans, rotation, members, plan, assigned, () -> {}).open();
        assertThat(line())
                .startsWith("Phân công bởi Phạm Thị Hoàn lúc ")
                .endsWith(" — Bí thư chỉ định")
                .doesNotContain("bithu");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        new TopicDialog(plans, rotation, members, plan, assigned, () -> {}).open();
        assertThat(line()).startsWith("Assigned by Phạm Thị Hoàn at ").endsWith(" — Chosen by the secretary");
    }

    private String line() {
        return $(Paragraph.class).withClassName("assigned-by").last().getText();
    }
}
