package vn.chibo.minutes.service;

import java.util.ArrayList;
import java.util.List;

/** For the benchmarks: a minutes book of the last {@code count} locked meetings of a cell, whatever their years. */
public final class MinutesBooks {

    private MinutesBooks() {}

    public static Runnable lastMeetings(MinutesDocuments documents, long cellId, int year, int count) {
        List<MeetingSheet> sheets = new ArrayList<>();
        for (int y = year; sheets.size() < count && y > year - 50; y--) {
            sheets.addAll(documents.lockedSheets(cellId, y));
        }
        List<MeetingSheet> book = List.copyOf(sheets.subList(0, Math.min(count, sheets.size())));
        if (book.size() < count) {
            throw new IllegalStateException("only " + book.size() + " locked meetings");
        }
        return () -> documents.book(cellId, year, book);
    }
}
