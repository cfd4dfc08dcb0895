package vn.chibo.draft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import vn.chibo.draft.service.DraftLinks;
import vn.chibo.support.ControllerMappings;

/** The draft's file and autosave addresses, as DraftLinks builds them, reach the controllers that answer them. */
class DraftLinksTest {

    @Test
    void anAttachmentsAddressIsServedByTheAttachmentController() throws Exception {
        ControllerMappings files = new ControllerMappings(AttachmentController.class, new AttachmentController(null));
        assertThat(files.methodFor("GET", DraftLinks.attachment(31, "Báo cáo số liệu (bản 2).pdf")))
                .isEqualTo("file");
        assertThat(DraftLinks.attachment(31, "Báo cáo số liệu.pdf"))
                .as("spaces as %20, not +")
                .isEqualTo("/files/draft/31/B%C3%A1o%20c%C3%A1o%20s%E1%BB%91%20li%E1%BB%87u.pdf");
    }

    @Test
    void theTextPostedAsThePageGoesAwayReachesTheAutosaveController() throws Exception {
        ControllerMappings autosave =
                new ControllerMappings(DraftAutosaveController.class, new DraftAutosaveController(null));
        assertThat(autosave.methodFor("POST", DraftLinks.autosave(9))).isEqualTo("save");
        assertThatThrownBy(() -> autosave.methodFor("GET", DraftLinks.autosave(9)))
                .as("only posted")
                .isInstanceOf(HttpRequestMethodNotSupportedException.class);
    }
}
