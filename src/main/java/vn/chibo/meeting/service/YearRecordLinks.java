package vn.chibo.meeting.service;

/**
 * The addresses of a cell's printed records of a year that the calendar offers: the minutes book and the attendance
 * book. They are the minutes feature's documents, so that feature fills this port (meeting cannot depend on minutes).
 */
public interface YearRecordLinks {

    String minutesBook(long cellId, int year);

    String attendance(long cellId, int year);
}
