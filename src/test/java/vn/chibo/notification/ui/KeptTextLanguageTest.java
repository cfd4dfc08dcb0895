package vn.chibo.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.i18n.Translations;
import vn.chibo.notification.domain.Notification;
import vn.chibo.notification.domain.NotificationRepository;
import vn.chibo.notification.service.NotificationService;
import vn.chibo.plan.domain.PlanChange;
import vn.chibo.plan.domain.PlanChangeRepository;
import vn.chibo.plan.service.Decision;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.plan.ui.PlanView;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/**
 * Notifications and the plan's change log are kept as keys and arguments: the same entry reads in Vietnamese and in
 * English, words among its arguments (how a presenter was chosen) included; rows kept before that show their text.
 */
@ChiboSpringTest
@Transactional
class KeptTextLanguageTest extends SpringBrowserlessTest {

    @Autowired
    PlanService plans;

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationRepository notificationRows;

    @Autowired
    PlanChangeRepository changeRows;

    @Autowired
    Clock clock;

    @Autowired
    Demo demo;

    final int year = TestTime.today().getYear();

    @Test
    @WithUserDetails("bithu")
    void anAssignmentReadsInTheReadersLanguageAndOldRowsShowTheirText() {
        long hoan = demo.member("Phạm Thị Hoàn"); // bithu's own member: the notification is hers to read
        long planId = plans.find(demo.primarySchool(), year).orElseThrow().id();
        TopicRow topic = plans.topics(planId).stream()
                .filter(t -> t.presenterId() != null && t.presenterId() != hoan)
                .findFirst()
                .orElseThrow();
        String before = topic.presenterName();
        plans.assign(topic.id(), topic.version(), hoan, null, Decision.OVERRIDDEN);
        notificationRows.save(new Notification(hoan, "Thông báo viết trước khi có khóa", null, null, clock.instant()));
        changeRows.save(new PlanChange(planId, null, "bithu", clock.instant(), "Thay đổi viết trước khi có khóa"));

        String bellVi = new NotificationBell(notifications).getElement().getTextRecursively();
        assertThat(bellVi)
                .contains("Bạn được phân công trình bày chuyên đề “" + topic.title() + "” (tháng " + topic.month() + "/"
                        + year + ")")
                .contains("Thông báo viết trước khi có khóa");
        navigate("plan/" + year, PlanView.class);
        assertThat(changeRows())
                .anySatisfy(r -> assertThat(r)
                        .contains(
                                "Phân công “" + topic.title() + "”: " + before + " → Phạm Thị Hoàn — Bí thư chỉ định"))
                .anySatisfy(r -> assertThat(r).contains("Thay đổi viết trước khi có khóa"));

        UI.getCurrent().setLocale(Translations.ENGLISH);
        String bellEn = new NotificationBell(notifications).getElement().getTextRecursively();
        assertThat(bellEn)
                .contains("You present the topic “" + topic.title() + "” (month " + topic.month() + "/" + year + ")")
                .contains("Thông báo viết trước khi có khóa")
                .doesNotContain("Bạn được phân công");
        navigate("plan/" + year, PlanView.class);
        assertThat(changeRows())
                .anySatisfy(r -> assertThat(r)
                        .contains("Assignment of “" + topic.title() + "”: " + before
                                + " → Phạm Thị Hoàn — Chosen by the secretary"))
                .anySatisfy(r -> assertThat(r).contains("Thay đổi viết trước khi có khóa"))
                .noneSatisfy(r -> assertThat(r).contains("Phân công"));
    }

    private List<String> changeRows() {
        return $(Div.class).withClassName("change-row").all().stream()
                .map(d -> d.getElement().getTextRecursively())
                .toList();
    }
}
