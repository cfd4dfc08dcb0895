package vn.chibo.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.service.MeetingNoticeService;
import vn.chibo.notification.domain.NotificationRepository;
import vn.chibo.organization.domain.MemberRepository;
import vn.chibo.plan.service.Decision;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.security.domain.UserAccountRepository;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.Slow;
import vn.chibo.support.TestTime;

/**
 * With a mail server configured, an assignment in a published plan reaches the presenter by e-mail, and a meeting
 * notice reaches the members with its calendar invitation.
 */
@Slow
@ChiboSpringTest
class NotificationMailTest {

    static final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("chibo.base-url", () -> "https://chibo.example.vn");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Autowired
    PlanService plans;

    @Autowired
    ScheduleService schedule;

    @Autowired
    MeetingNoticeService notices;

    @Autowired
    MemberRepository members;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @Autowired
    ThreadPoolTaskExecutor executor;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void anAssignmentInAPublishedPlanIsEmailedToThePresenter() throws Exception {
        long presenter = demo.member("Ngô Thị Hương");
        // the demo's own notifications may still be on their way to the mailer: let them pass before she has an address
        long until = System.currentTimeMillis() + 60_000;
        while ((executor.getActiveCount() > 0
                        || !executor.getThreadPoolExecutor().getQueue().isEmpty())
                && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        tx.executeWithoutResult(s -> members.findById(presenter).orElseThrow().setEmail("huong@truong.example.vn"));
        smtp.reset();
        users.login("bithu");
        int year = TestTime.today().getYear();
        long planId = plans.find(demo.primarySchool(), year).orElseThrow().id();
        TopicRow topic = plans.topics(planId).stream()
                .filter(t -> !Long.valueOf(presenter).equals(t.presenterId()))
                .findFirst()
                .orElseThrow();

        plans.assign(topic.id(), topic.version(), presenter, null, Decision.OVERRIDDEN);

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("an e-mail arrived").isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("huong@truong.example.vn");
        assertThat(mail.getSubject()).startsWith("[Chi bộ]").contains(topic.title());
        assertThat(GreenMailUtil.getBody(mail)).contains("https://chibo.example.vn/plan/");
        assertThat(smtp.getReceivedMessages())
                .as("the previous presenter has no address: no mail")
                .hasSize(1);
        assertThat(notifications.findAll())
                .filteredOn(n -> Long.valueOf(presenter).equals(n.getMemberId()) && n.isEmailed())
                .hasSize(1);
    }

    @Test
    void aMemberWhoseAccountReadsEnglishIsMailedInEnglish() throws Exception {
        long ha = demo.member("Lê Thị Thu Hà"); // the account "dangvien"
        tx.executeWithoutResult(s -> {
            members.findById(ha).orElseThrow().setEmail("ha@truong.example.vn");
            accounts.findByUsernameIgnoreCase("dangvien").orElseThrow().setLanguage("en");
        });
        try {
            smtp.reset();
            users.login("bithu");
            long planId = plans.find(demo.primarySchool(), TestTime.today().getYear())
                    .orElseThrow()
                    .id();
            TopicRow topic = plans.topics(planId).stream()
                    .filter(t -> !Long.valueOf(ha).equals(t.presenterId()))
                    .findFirst()
                    .orElseThrow();

            plans.assign(topic.id(), topic.version(), ha, null, Decision.OVERRIDDEN);

            // other members' mail (the presenter who lost the topic) may arrive first: wait for Hà's own
            MimeMessage mail = mailTo("ha@truong.example.vn", 10_000);
            assertThat(mail.getSubject())
                    .isEqualTo("[Chi bộ] You present the topic “" + topic.title() + "” (month " + topic.month() + "/"
                            + TestTime.today().getYear() + ")");
        } finally {
            tx.executeWithoutResult(s -> {
                members.findById(ha).orElseThrow().setEmail(null);
                accounts.findByUsernameIgnoreCase("dangvien").orElseThrow().setLanguage("vi");
            });
        }
    }

    @Test
    void aMeetingNoticeCarriesTheCalendarInvitation() throws Exception {
        long ha = demo.member("Lê Thị Thu Hà");
        tx.executeWithoutResult(s -> members.findById(ha).orElseThrow().setEmail("ha.thongbao@truong.example.vn"));
        try {
            users.login("bithu");
            MeetingRow m = schedule.add(
                    demo.primarySchool(),
                    MeetingType.REGULAR,
                    TestTime.dateTime().plusDays(3).withSecond(0).withNano(0),
                    90,
                    "Phòng họp",
                    null);

            notices.send(m.id());

            MimeMessage mail = mailTo("ha.thongbao@truong.example.vn", 10_000);
            assertThat(mail.getSubject()).startsWith("[Chi bộ] Sinh hoạt chi bộ thường kỳ lúc ");
            BodyPart invitation = part(mail.getContent(), "text/calendar");
            assertThat(invitation.getFileName()).isEqualTo("thong-bao-hop.ics");
            assertThat(new String(invitation.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("METHOD:REQUEST", "UID:meeting-" + m.id() + "@chibo", "SEQUENCE:1");
            assertThat(GreenMailUtil.getBody(mail)).contains("https://chibo.example.vn/meeting/" + m.id());
        } finally {
            tx.executeWithoutResult(s -> members.findById(ha).orElseThrow().setEmail(null));
        }
    }

    /** The first part of this type, at any depth of the message's parts. */
    private static BodyPart part(Object content, String type) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart p = multipart.getBodyPart(i);
                if (p.getContentType().toLowerCase(Locale.ROOT).startsWith(type)) {
                    return p;
                }
                if (p.getContent() instanceof Multipart) {
                    try {
                        return part(p.getContent(), type);
                    } catch (AssertionError notThere) {
                        // look on
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private MimeMessage mailTo(String address, long timeoutMillis) throws InterruptedException {
        long until = System.nanoTime() + timeoutMillis * 1_000_000;
        do {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                try {
                    if (m.getAllRecipients()[0].toString().equals(address)) {
                        return m;
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            Thread.sleep(50);
        } while (System.nanoTime() < until);
        throw new AssertionError("no e-mail to " + address + " within " + timeoutMillis + " ms");
    }
}
