package vn.chibo.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.draft.service.DraftDiff;
import vn.chibo.draft.service.DraftDiff.Change;

class DraftDiffTest {

    @Test
    void anEditedParagraphShowsTheChangedWordsAndNewParagraphsAreAdded() {
        List<DraftDiff.Line> lines = DraftDiff.between(
                "<h2>I. Đặt vấn đề</h2><p>Chi bộ có 15 đảng viên.</p><ul><li>Giữ nền nếp</li></ul>",
                "<h2>I. Đặt vấn đề</h2><p>Chi bộ có 16 đảng viên.</p><ul><li>Giữ nền nếp</li><li>Thêm việc mới</li></ul>");
        assertThat(lines).extracting(DraftDiff.Line::change)
                .containsExactly(Change.SAME, Change.CHANGED, Change.SAME, Change.ADDED);
        DraftDiff.Line edited = lines.get(1);
        assertThat(edited.pieces()).anyMatch(p -> p.change() == Change.REMOVED && p.text().equals("15"))
                .anyMatch(p -> p.change() == Change.ADDED && p.text().equals("16"));
        assertThat(lines.get(3).text()).isEqualTo("• Thêm việc mới");
    }

    @Test
    void anUnrelatedReplacementIsShownAsRemovedAndAdded() {
        List<DraftDiff.Line> lines = DraftDiff.between("<p>Mở đầu dài dòng về lịch sử</p>",
                "<p>Giải pháp cho học sinh</p>");
        assertThat(lines).extracting(DraftDiff.Line::change).containsExactly(Change.REMOVED, Change.ADDED);
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        assertThat(DraftDiff.between("<p>Một</p><p>Hai</p>", "<p>Một</p><p>Hai</p>"))
                .allMatch(l -> l.change() == Change.SAME).hasSize(2);
    }
}
