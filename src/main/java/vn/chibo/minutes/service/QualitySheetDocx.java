package vn.chibo.minutes.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;
import vn.chibo.base.i18n.Translations;
import vn.chibo.document.PartyDocument;

/**
 * The quality score sheet goes with the minutes: after their body, the line "Chất lượng buổi sinh hoạt: Tốt
 * (92/100 điểm)" and the sheet as a table (criterion, maximum, points). Nothing is added before it is scored.
 */
@Component
class QualitySheetDocx {

    private final QualityService quality;
    private final Translations text;

    QualitySheetDocx(QualityService quality, Translations text) {
        this.quality = quality;
        this.text = text;
    }

    /** "Tốt (92/100 điểm)" once the sheet is scored: what the body of the minutes says of the meeting's quality. */
    Optional<String> summary(long meetingId) {
        QualitySheet sheet = quality.sheet(meetingId);
        return !sheet.scored() || sheet.level() == null
                ? Optional.empty()
                : Optional.of(text.vi(
                        "doc.quality.result",
                        text.vi("enum.MeetingQuality." + sheet.level().name()),
                        sheet.total()));
    }

    /** Appends the meeting's score sheet to the minutes being filled (nothing when it has none). */
    void appendTo(XWPFDocument minutes, long meetingId) {
        QualitySheet sheet = quality.sheet(meetingId);
        if (!sheet.scored() || sheet.level() == null) {
            return;
        }
        // built in a document of the Party's format, then copied after the minutes' body: the minutes keep their
        // own page settings and headers (a cell's own template may differ from the built-in one)
        // on a page of its own after the signatures: the sheet is an annex of the minutes
        PartyDocument doc = PartyDocument.a4();
        doc.pageBreak();
        doc.heading(text.vi("doc.quality.heading"));
        doc.labelled(
                text.vi("doc.quality.line"),
                text.vi(
                        "doc.quality.result",
                        text.vi("enum.MeetingQuality." + sheet.level().name()),
                        sheet.total()));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (QualitySheet.Row r : sheet.rows()) {
            rows.add(List.of(
                    String.valueOf(i++),
                    r.label() + (r.note() == null ? "" : "\n(" + r.note() + ")"),
                    String.valueOf(r.maxPoints()),
                    r.points() == null ? "" : String.valueOf(r.points())));
        }
        rows.add(List.of("", text.vi("doc.quality.total"), "100", String.valueOf(sheet.total())));
        doc.table(
                List.of(
                        "STT",
                        text.vi("doc.quality.criterion"),
                        text.vi("doc.quality.max"),
                        text.vi("doc.quality.points")),
                rows,
                new int[] {8, 62, 15, 15},
                13);
        doc.copyBodyTo(minutes);
    }
}
