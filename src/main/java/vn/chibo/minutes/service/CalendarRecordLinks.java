package vn.chibo.minutes.service;

import org.springframework.stereotype.Component;
import vn.chibo.meeting.service.YearRecordLinks;

/** Gives the calendar the addresses of the year's minutes book and attendance book. */
@Component
class CalendarRecordLinks implements YearRecordLinks {

    @Override
    public String minutesBook(long cellId, int year) {
        return MinutesLinks.minutesBook(cellId, year);
    }

    @Override
    public String attendance(long cellId, int year) {
        return MinutesLinks.attendance(cellId, year);
    }
}
