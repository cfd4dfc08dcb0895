package vn.chibo.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.base.text.RichText;

class RichTextTest {

    @Test
    void keepsFormattingAndDropsEverythingThatCouldRun() {
        String clean =
                RichText.sanitize("<h2>Tiêu đề</h2><p style=\"color:red\" onmouseover=\"x()\">Một <strong>hai</strong>"
                        + " <em>ba</em><script>alert(1)</script></p><svg onload=alert(1)></svg>"
                        + "<ol><li data-list=\"bullet\">mục</li></ol><a href=\"data:text/html,<script>\">x</a>"
                        + "<object data=\"x.swf\"></object><style>body{display:none}</style>");
        assertThat(clean)
                .isEqualTo("<h2>Tiêu đề</h2><p>Một <strong>hai</strong> <em>ba</em></p>"
                        + "<ol><li data-list=\"bullet\">mục</li></ol>"
                        + "<a rel=\"noopener noreferrer nofollow\" target=\"_blank\">x</a>");
    }

    @Test
    void picturesStayOnlyWhenTheyAreTheDraftsOwnAttachments() {
        String clean =
                RichText.sanitize("<p><img src=\"/files/draft/12/bi%E1%BB%83u.png\" alt=\"Biểu đồ\" onerror=\"x()\">"
                        + "<img src=\"https://chibo.example.vn/files/draft/13/anh.jpg\">"
                        + "<img src=\"https://evil.example/x.png\"><img src=\"javascript:alert(1)\">"
                        + "<img src=\"data:image/png;base64,AAAA\"><img src=\"/files/draft/14/a.png?x=\\\"1\">chữ</p>");
        assertThat(clean)
                .isEqualTo("<p><img src=\"/files/draft/12/bi%E1%BB%83u.png\" alt=\"Biểu đồ\">"
                        + "<img src=\"/files/draft/13/anh.jpg\">chữ</p>");
        assertThat(RichText.sanitize("<p><img src=\"/files/draft/12/a.png\"></p>"))
                .as("a picture alone is content")
                .isNotEmpty();
    }

    @Test
    void nonBreakingSpacesBecomeSpacesAndEmptyTextIsEmpty() {
        assertThat(RichText.sanitize("<p>Chi\u00A0bộ</p>")).isEqualTo("<p>Chi bộ</p>");
        assertThat(RichText.sanitize("<p><br></p>")).isEmpty();
        assertThat(RichText.sanitize("<p> <script>alert(1)</script></p>")).isEmpty();
    }

    @Test
    void linesAreParagraphsHeadingsAndListItems() {
        assertThat(RichText.lines("<h2>A</h2><p>b c</p><ul><li>d</li><li>e</li></ul><blockquote><p>f</p></blockquote>"))
                .containsExactly("A", "b c", "• d", "• e", "f");
    }
}
