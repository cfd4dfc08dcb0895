package vn.chibo.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A kept message comes back from its stored key and arguments whole, words among them still translatable. */
class MessageTest {

    final Translations text = new Translations();

    @Test
    void aStoredMessageRendersInEitherLanguageWithItsWordsTranslated() {
        Message kept = Message.of(
                "plan.log.assigned",
                "Học tập Bác",
                Message.of("plan.unassigned"),
                "Phạm Thị Hoàn",
                Message.of("plan.log.mentor", "Lê Văn An"),
                Message.of("rotation.decision.OVERRIDDEN"));
        Message.Stored stored = kept.stored();

        Message back = Message.restore(stored.key(), stored.arguments(), "ignored");

        assertThat(back).isEqualTo(kept);
        assertThat(text.vi(back))
                .isEqualTo(
                        "Phân công “Học tập Bác”: Chưa phân công → Phạm Thị Hoàn (hướng dẫn: Lê Văn An) — Bí thư chỉ định");
        assertThat(text.render(back, Translations.ENGLISH))
                .isEqualTo(
                        "Assignment of “Học tập Bác”: Not assigned → Phạm Thị Hoàn (mentor: Lê Văn An) — Chosen by the secretary");
    }

    @Test
    void numbersStayNumbersAndYearsAreNotGrouped() {
        Message kept = Message.of("notify.assigned", "Chuyển đổi số", 3, 2027);
        Message.Stored stored = kept.stored();
        assertThat(stored.arguments()).isEqualTo("[\"Chuyển đổi số\",3,2027]");
        assertThat(text.render(Message.restore(stored.key(), stored.arguments(), "x"), Translations.ENGLISH))
                .isEqualTo("You present the topic “Chuyển đổi số” (month 3/2027)");
    }

    @Test
    void withoutAKeyTheStoredTextIsShownAsIs() {
        assertThat(Message.verbatim("Chi bộ họp").stored()).isNull();
        assertThat(text.render(Message.restore(null, null, "Thông báo cũ"), Translations.ENGLISH))
                .isEqualTo("Thông báo cũ");
        assertThat(text.vi(Message.restore("notify.assigned", "not json", "Văn bản đã lưu")))
                .isEqualTo("Văn bản đã lưu");
    }
}
