package vn.chibo.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chibo.search.service.SearchHit;
import vn.chibo.support.ChiboSpringTest;

@ChiboSpringTest
class SearchViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("bithu")
    void typingWithoutAccentsFindsTheSecretary() {
        SearchView view = navigate(SearchView.class);
        test(view.query()).setValue("pham thi hoan");
        assertThat($(Anchor.class).withText("Phạm Thị Hoàn").all()).hasSize(1);
        assertThat(view.hits()).isNotEmpty();
    }

    @Test
    @WithUserDetails("bithu")
    void minutesFoundShowTheirDayAsDdMmYyyy() {
        SearchView view = navigate(SearchView.class);
        test(view.query()).setValue("thoi su noi bat");
        assertThat(view.hits())
                .filteredOn(h -> h.kind() == SearchHit.Kind.MINUTES)
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.title())
                        .matches(".*\\d{2}/\\d{2}/\\d{4}")
                        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}"));
    }
}
