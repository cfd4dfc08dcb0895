package vn.chibo.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.draft.service.DraftService;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/**
 * A thematic meeting's minutes start from what is presented: the topic, its presenter, the approved draft and
 * its headings; a regular meeting's start empty. The secondary school's
 * waiting draft, approved and its meeting brought to today.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class MinutesPrefillTest {

    @Autowired
    MinutesService minutes;

    @Autowired
    DraftService drafts;

    @Autowired
    ScheduleService schedule;

    @Autowired
    TodaysMeeting todays;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @AfterEach
    void logout() {
        users.logout();
    }

    /** The meeting of the secondary school's waiting topic, its draft approved, today. */
    private MeetingRow approvedTodays() {
        users.login("bithu.thcs");
        long topic = demo.waitingTopic(demo.secondarySchool());
        drafts.approve(topic, drafts.details(topic).draftVersion(), null);
        MeetingRow m = schedule.meetingOfTopic(topic).orElseThrow();
        return schedule.reschedule(m.id(), m.version(), TestTime.today().atTime(7, 0), m.durationMinutes(), m.place());
    }

    @Test
    void aThematicMeetingsMinutesStartFromTheApprovedDraftAndItsHeadings() {
        MeetingRow m = approvedTodays();
        MeetingSheet s = todays.start(m.id());
        assertThat(s.content())
                .isEqualTo("Đồng chí " + m.presenterName() + " trình bày chuyên đề “" + m.title()
                        + "” (dự thảo lần 1 đã được duyệt).\nNhững nội dung chính của chuyên đề:\n- I. Đặt vấn đề"
                        + "\n- II. Nội dung chính\n- III. Liên hệ và giải pháp");
    }

    @Test
    void aRegularMeetingsMinutesStartEmpty() {
        users.login("bithu");
        assertThat(todays.startedWithAllPresentBut(null).content()).isNullOrEmpty();
    }
}
