package vn.chibo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.search.service.SearchHit;
import vn.chibo.search.service.SearchHit.Kind;
import vn.chibo.search.service.SearchService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DemoUsers;

/** Accent-free search over what each user may see. */
@ChiboSpringTest
class SearchServiceTest {

    @Autowired
    SearchService search;
    @Autowired
    DemoUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void findsMembersTopicsDraftsAndMinutesWithoutAccents() {
        users.login("bithu");
        assertThat(search.search("hoan")).anyMatch(h -> h.kind() == Kind.MEMBER && h.title().equals("Phạm Thị Hoàn"));
        assertThat(search.search("chuyen doi so")).anyMatch(h -> h.kind() == Kind.TOPIC
                && h.title().startsWith("Chuyển đổi số"));
        assertThat(search.search("goc doc sach")).anyMatch(h -> h.kind() == Kind.DRAFT && h.context().contains("Góc đọc sách"));
        assertThat(search.search("nhan rong cach lam")).anyMatch(h -> h.kind() == Kind.MINUTES
                && h.link().startsWith("meeting/"));
        assertThat(search.search("  ")).isEmpty();
        assertThat(search.search("khongcoketqua")).isEmpty();
    }

    @Test
    void onlyWhatTheUserMaySee() {
        users.login("dangvien.thcs");
        List<SearchHit> hits = search.search("hoan");
        assertThat(hits).noneMatch(h -> h.title().equals("Phạm Thị Hoàn"));
        assertThat(search.search("goc doc sach")).as("another cell's drafts").isEmpty();
        users.login("danguy");
        assertThat(search.search("hoan")).anyMatch(h -> h.title().equals("Phạm Thị Hoàn"));
    }
}
