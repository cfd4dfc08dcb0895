package vn.chibo.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.i18n.Translations;
import vn.chibo.draft.ui.DraftView;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/** Labels read out by screen readers (the editor's toolbar, the menu's overflow button) in the page's language. */
@ChiboSpringTest
@Transactional
class EditorLabelsTest extends SpringBrowserlessTest {

    @Autowired
    Demo demo;

    @Test
    @WithUserDetails("dangvien")
    void theToolbarIsLabelledInVietnameseOnAVietnamesePageAndInEnglishOnAnEnglishOne() {
        long topic = demo.revisedTopic(demo.primarySchool(), TestTime.year());
        navigate("draft/" + topic, DraftView.class);
        var vi = $(RichTextEditor.class).single().toolbarLabels();
        assertThat(vi)
                .containsEntry("bold", "Đậm")
                .containsEntry("italic", "Nghiêng")
                .containsEntry("underline", "Gạch chân")
                .containsEntry("list: ordered", "Danh sách đánh số")
                .containsEntry("list: bullet", "Danh sách dấu chấm")
                .containsEntry("link", "Liên kết")
                .containsEntry("header: ", "Văn bản thường")
                .containsEntry("align: center", "Căn giữa");
        // every control Quill labels in English has its own label here
        assertThat(vi)
                .containsKeys(
                        "strike",
                        "blockquote",
                        "clean",
                        "indent: -1",
                        "indent: +1",
                        "header",
                        "align",
                        "header: 1",
                        "header: 2",
                        "header: 3",
                        "align: ",
                        "align: right",
                        "align: justify");
        assertThat($(MenuBar.class)
                        .withClassName("user-menu")
                        .single()
                        .getI18n()
                        .getMoreOptions())
                .isEqualTo("Tùy chọn khác");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        navigate("draft/" + topic, DraftView.class);
        assertThat($(RichTextEditor.class).single().toolbarLabels())
                .containsEntry("bold", "Bold")
                .containsEntry("list: ordered", "Numbered list")
                .containsEntry("header: ", "Normal text");
    }
}
