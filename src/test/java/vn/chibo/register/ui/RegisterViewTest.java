package vn.chibo.register.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.register.domain.DocumentKind;
import vn.chibo.register.service.DocumentRegister;
import vn.chibo.register.service.IssuedNumber;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;

/** The register's screen: the numbers given, and the term and next numbers only for whoever may set them. */
@ChiboSpringTest
@Transactional
class RegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    DocumentRegister register;

    @Autowired
    Demo demo;

    @SuppressWarnings("unchecked")
    private Grid<IssuedNumber> grid() {
        return $(Grid.class).single();
    }

    private IntegerField next(DocumentKind kind, String name) {
        return $(IntegerField.class)
                .withCaption(name + " (" + kind.symbol() + "): số tiếp theo")
                .single();
    }

    @Test
    @WithUserDetails("bithu")
    void theSecretarySeesTheCellsNumbersAndSetsTheNextOne() {
        navigate("so-van-ban", RegisterView.class);
        var shown = grid();
        assertThat(test(shown).size())
                .isEqualTo(register.entries(demo.primarySchool()).size())
                .isPositive();
        assertThat(test(shown).getCellText(0, 0)).matches("\\d{2,}-[A-Z]+/CB");
        var notice = next(DocumentKind.TB, "Thông báo");
        int value = notice.getValue() + 5;
        test(notice).setValue(value);
        test($(Button.class).withText("Lưu").single()).click();
        assertThat(register.settings(demo.primarySchool()).next()).containsEntry(DocumentKind.TB, value);
    }

    @Test
    @WithUserDetails("bithu")
    void aNumberAlreadyGivenCannotBeGivenAgain() {
        navigate("so-van-ban", RegisterView.class);
        var minutes = next(DocumentKind.BB, "Biên bản");
        int before = register.settings(demo.primarySchool()).next().get(DocumentKind.BB);
        assertThat(minutes.getMin()).as("the lowest allowed").isGreaterThan(1);
        minutes.setValue(1); // past the field's own limit, as a tampered request would
        test($(Button.class).withText("Lưu").single()).click();
        assertThat(register.settings(demo.primarySchool()).next()).containsEntry(DocumentKind.BB, before);
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberReadsTheCellsRegisterButCannotChangeIt() {
        navigate("so-van-ban", RegisterView.class);
        assertThat(test(grid()).size())
                .isEqualTo(register.entries(demo.primarySchool()).size())
                .isPositive();
        assertThat($(IntegerField.class).all()).isEmpty();
        assertThat($(Button.class).withText("Lưu").all()).isEmpty();
    }

    @Test
    @WithUserDetails("danguy")
    void theCommitteeChoosesItsOwnRegisterOrOneOfItsCells() {
        navigate("so-van-ban", RegisterView.class);
        @SuppressWarnings("unchecked")
        Select<OrganizationInfo> organization = $(Select.class).single();
        assertThat(organization.getValue().isCell())
                .as("its own register first")
                .isFalse();
        var cell = organization
                .getListDataView()
                .getItems()
                .filter(o -> o.id() == demo.primarySchool())
                .findFirst()
                .orElseThrow();
        test(organization).selectItem(cell.name());
        assertThat(test(grid()).size())
                .isEqualTo(register.entries(demo.primarySchool()).size());
    }
}
