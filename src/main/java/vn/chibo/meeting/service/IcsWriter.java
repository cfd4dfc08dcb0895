package vn.chibo.meeting.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Writes an iCalendar (RFC 5545) feed: times in UTC, text escaped, long lines folded at 75 octets, CRLF line
 * ends — what Google Calendar, Outlook and phones' calendars subscribe to.
 */
final class IcsWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final StringBuilder out = new StringBuilder();
    private final ZoneId zone;
    private final Instant stamp;

    IcsWriter(String calendarName, ZoneId zone, Instant stamp) {
        this(calendarName, zone, stamp, "PUBLISH");
    }

    /** {@code method} REQUEST: an invitation sent by e-mail, which a calendar adds or updates (by UID and SEQUENCE). */
    IcsWriter(String calendarName, ZoneId zone, Instant stamp, String method) {
        this.zone = zone;
        this.stamp = stamp;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Chi bo//Lich sinh hoat chi bo//VI");
        line("CALSCALE:GREGORIAN");
        line("METHOD:" + method);
        line("X-WR-CALNAME:" + escape(calendarName));
        line("X-WR-TIMEZONE:" + zone.getId());
    }

    IcsWriter event(
            String uid,
            LocalDateTime start,
            LocalDateTime end,
            String summary,
            @Nullable String location,
            @Nullable String description,
            boolean cancelled) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + UTC.format(stamp.atOffset(ZoneOffset.UTC)));
        line("DTSTART:" + utc(start));
        line("DTEND:" + utc(end));
        line("SUMMARY:" + escape(summary));
        if (location != null && !location.isBlank()) {
            line("LOCATION:" + escape(location));
        }
        if (description != null && !description.isBlank()) {
            line("DESCRIPTION:" + escape(description));
        }
        line("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        line("END:VEVENT");
        return this;
    }

    /**
     * One event of an invitation: the same UID as in the feed, so that the calendar updates the meeting it has;
     * {@code sequence} grows with each resend, so that the newer one wins.
     */
    IcsWriter invitation(
            String uid,
            int sequence,
            String organizer,
            LocalDateTime start,
            LocalDateTime end,
            String summary,
            @Nullable String location,
            @Nullable String description) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("SEQUENCE:" + sequence);
        line("DTSTAMP:" + UTC.format(stamp.atOffset(ZoneOffset.UTC)));
        line("ORGANIZER:mailto:" + organizer);
        line("DTSTART:" + utc(start));
        line("DTEND:" + utc(end));
        line("SUMMARY:" + escape(summary));
        if (location != null && !location.isBlank()) {
            line("LOCATION:" + escape(location));
        }
        if (description != null && !description.isBlank()) {
            line("DESCRIPTION:" + escape(description));
        }
        line("STATUS:CONFIRMED");
        line("END:VEVENT");
        return this;
    }

    IcsWriter allDay(String uid, LocalDate day, String summary, @Nullable String description) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + UTC.format(stamp.atOffset(ZoneOffset.UTC)));
        line("DTSTART;VALUE=DATE:" + DAY.format(day));
        line("DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
        line("SUMMARY:" + escape(summary));
        if (description != null && !description.isBlank()) {
            line("DESCRIPTION:" + escape(description));
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    String finish() {
        line("END:VCALENDAR");
        return out.toString();
    }

    private String utc(LocalDateTime local) {
        return UTC.format(local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC));
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no physical line exceeds 75 octets (UTF-8). */
    private void line(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int lineBytes = 0;
        int limit = 75;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (lineBytes + size > limit) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                lineBytes = 1; // the leading space of a continuation line counts
                limit = 75;
            }
            current.appendCodePoint(cp);
            lineBytes += size;
            i += Character.charCount(cp);
        }
        out.append(current).append("\r\n");
    }
}
