package vn.chibo.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import vn.chibo.draft.service.DraftDiff;
import vn.chibo.draft.service.DraftDiff.Change;

class DraftDiffTest {

    @Test
    void anEditedParagraphShowsTheChangedWordsAndNewParagraphsAreAdded() {
        List<DraftDiff.Line> lines = DraftDiff.between(
                "<h2>I. Đặt vấn đề</h2><p>Chi bộ có 15 đảng viên.</p><ul><li>Giữ nền nếp</li></ul>",
                "<h2>I. Đặt vấn đề</h2><p>Chi bộ có 16 đảng viên.</p><ul><li>Giữ nền nếp</li><li>Thêm việc mới</li></ul>");
        assertThat(lines)
                .extracting(DraftDiff.Line::change)
                .containsExactly(Change.SAME, Change.CHANGED, Change.SAME, Change.ADDED);
        DraftDiff.Line edited = lines.get(1);
        assertThat(edited.pieces())
                .anyMatch(p -> p.change() == Change.REMOVED && p.text().equals("15"))
                .anyMatch(p -> p.change() == Change.ADDED && p.text().equals("16"));
        assertThat(lines.get(3).text()).isEqualTo("• Thêm việc mới");
    }

    @Test
    void anUnrelatedReplacementIsShownAsRemovedAndAdded() {
        List<DraftDiff.Line> lines =
                DraftDiff.between("<p>Mở đầu dài dòng về lịch sử</p>", "<p>Giải pháp cho học sinh</p>");
        assertThat(lines).extracting(DraftDiff.Line::change).containsExactly(Change.REMOVED, Change.ADDED);
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        assertThat(DraftDiff.between("<p>Một</p><p>Hai</p>", "<p>Một</p><p>Hai</p>"))
                .allMatch(l -> l.change() == Change.SAME)
                .hasSize(2);
    }

    @Test
    void aHeavilyEditedParagraphIsStillComparedWordByWord() {
        List<DraftDiff.Line> lines = DraftDiff.between(
                "<p>Năm học này chi bộ tập trung xây dựng nền nếp sinh hoạt.</p>",
                "<p>Năm học 2026 chi bộ ưu tiên đổi mới nội dung sinh hoạt chuyên đề.</p>");
        assertThat(lines).extracting(DraftDiff.Line::change).containsExactly(Change.CHANGED);
        assertThat(lines.getFirst().pieces())
                .contains(
                        new DraftDiff.Piece("Năm học ", Change.SAME),
                        new DraftDiff.Piece("này", Change.REMOVED),
                        new DraftDiff.Piece("2026", Change.ADDED));
    }

    @Test
    void aParagraphInsertedBeforeAnEditedOneDoesNotHideTheEdit() {
        List<DraftDiff.Line> lines = DraftDiff.between(
                "<p>Mở đầu</p><p>Chi bộ có 15 đảng viên chính thức.</p>",
                "<p>Mở đầu</p><p>Đoạn mới hoàn toàn khác</p><p>Chi bộ có 16 đảng viên chính thức.</p>");
        assertThat(lines).extracting(DraftDiff.Line::change).containsExactly(Change.SAME, Change.ADDED, Change.CHANGED);
        assertThat(lines.get(2).pieces())
                .extracting(DraftDiff.Piece::text)
                .containsExactly("Chi bộ có ", "15", "16", " đảng viên chính thức.");
    }

    /**
     * Property: for any two texts, the kept and inserted words of the comparison make the new text, and the kept
     * and deleted words the old one — nothing is lost, doubled or moved by the word-level marking.
     */
    @Test
    void keptAndInsertedWordsGiveTheNewTextAndKeptAndDeletedTheOld() {
        Random random = new Random(19);
        String[] words = {
            "chi", "bộ", "đảng", "viên", "học", "sinh", "nghị", "quyết", "15", "16", "năm", "thực", "hiện", "giải",
            "pháp", "Bác", "Hồ", "tấm", "gương", "đạo", "đức", "lớp", "em"
        };
        for (int round = 0; round < 300; round++) {
            List<String> older = paragraphs(random, words);
            List<String> newer = edit(random, older, words);
            List<DraftDiff.Line> lines = DraftDiff.between(html(older), html(newer));
            assertThat(text(lines, Change.REMOVED)).as("round %d", round).isEqualTo(String.join("\n", newer));
            assertThat(text(lines, Change.ADDED)).as("round %d", round).isEqualTo(String.join("\n", older));
            assertThat(lines).allSatisfy(l -> assertThat(l.pieces()).isNotEmpty());
        }
    }

    /** The text the comparison gives when the pieces of one kind ({@code skip}) are left out. */
    private static String text(List<DraftDiff.Line> lines, Change skip) {
        return lines.stream()
                .filter(l -> l.change() != skip)
                .map(l -> l.pieces().stream()
                        .filter(p -> p.change() != skip)
                        .map(DraftDiff.Piece::text)
                        .reduce("", String::concat))
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    private static List<String> paragraphs(Random random, String[] words) {
        List<String> list = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            list.add(sentence(random, words, 2 + random.nextInt(10)));
        }
        return list;
    }

    private static String sentence(Random random, String[] words, int length) {
        StringJoiner s = new StringJoiner(" ");
        for (int i = 0; i < length; i++) {
            s.add(words[random.nextInt(words.length)]);
        }
        return s.toString();
    }

    /** Some words replaced, inserted or deleted; sometimes a paragraph added or dropped. */
    private static List<String> edit(Random random, List<String> older, String[] words) {
        List<String> newer = new ArrayList<>();
        for (String p : older) {
            int roll = random.nextInt(10);
            if (roll == 0) {
                continue;
            }
            if (roll == 1) {
                newer.add(sentence(random, words, 1 + random.nextInt(6)));
            }
            List<String> w = new ArrayList<>(List.of(p.split(" ")));
            for (int k = 0, edits = random.nextInt(4); k < edits; k++) {
                int at = random.nextInt(w.size());
                switch (random.nextInt(3)) {
                    case 0 -> w.set(at, words[random.nextInt(words.length)]);
                    case 1 -> w.add(at, words[random.nextInt(words.length)]);
                    default -> {
                        if (w.size() > 1) {
                            w.remove(at);
                        }
                    }
                }
            }
            newer.add(String.join(" ", w));
        }
        if (newer.isEmpty()) {
            newer.add(sentence(random, words, 3));
        }
        return newer;
    }

    private static String html(List<String> paragraphs) {
        return paragraphs.stream().map(p -> "<p>" + p + "</p>").reduce("", String::concat);
    }
}
