package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.draft.service.DraftService;
import vn.chibo.draft.ui.DraftView;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/** A meeting moved earlier does not make a draft already handed in late. */
@DateSensitive
@ChiboSpringTest
@Transactional
class MovedMeetingDraftTest extends SpringBrowserlessTest {

    @Autowired
    ScheduleService schedule;

    @Autowired
    DraftService drafts;

    @Autowired
    Demo demo;

    @Test
    @WithUserDetails("bithu")
    void aDraftHandedInStaysOnTimeWhenItsMeetingMovesEarlier() {
        // the demo's next topic: its draft handed in, then sent back for changes
        long topic = demo.revisedTopic(demo.primarySchool(), TestTime.year());
        MeetingRow m = schedule.meetingOfTopic(topic).orElseThrow();
        // tomorrow: the due date (7 days before) is now past
        schedule.reschedule(
                m.id(), m.version(), TestTime.today().plusDays(1).atTime(14, 0), m.durationMinutes(), m.place());

        assertThat(drafts.details(topic).progress().late()).isFalse();
        navigate("draft/" + topic, DraftView.class);
        assertThat($(Span.class).all())
                .extracting(Span::getText)
                .noneMatch(t -> t.contains("quá ") || t.equals("Quá hạn nộp"))
                .anyMatch(t -> t.contains("nộp lần đầu ngày"));
    }
}
