package vn.chibo.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.domain.Exemption;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberRepository;
import vn.chibo.organization.service.MemberService;
import vn.chibo.support.ChiboSpringTest;

/** The members page without a browser: what a secretary and a member see and can do. */
@ChiboSpringTest
@Transactional
class MembersViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("bithu")
    void secretarySeesTheCellAndAddsAMember() {
        MembersView view = navigate(MembersView.class);
        @SuppressWarnings("unchecked")
        Grid<Member> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(15);

        test($(Button.class).withText("Thêm đảng viên").single()).click();
        MemberFormDialog dialog = $(MemberFormDialog.class).single();
        test($(TextField.class, dialog).withCaption("Họ và tên").single()).setValue("Đinh Thị Mới");
        test($(Button.class, dialog).withText("Lưu").single()).click();

        assertThat($(MemberFormDialog.class).all()).isEmpty();
        assertThat(test($(Notification.class).last()).getText()).contains("Đinh Thị Mới");
        assertThat(test(grid).size()).isEqualTo(16);
        assertThat(view).isNotNull();
    }

    @Test
    @WithUserDetails("bithu")
    void theFormKeepsTypedDataAndExplainsWhatIsWrong() {
        navigate(MembersView.class);
        test($(Button.class).withText("Thêm đảng viên").single()).click();
        MemberFormDialog dialog = $(MemberFormDialog.class).single();
        TextField name = $(TextField.class, dialog).withCaption("Họ và tên").single();
        test(name).setValue("Nguyễn <b>Văn</b>");
        test($(Button.class, dialog).withText("Lưu").single()).click();

        assertThat($(MemberFormDialog.class).all()).as("still open").hasSize(1);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Họ và tên chỉ gồm chữ cái và khoảng trắng.");
        assertThat(name.getValue()).isEqualTo("Nguyễn <b>Văn</b>");
    }

    @Test
    @WithUserDetails("bithu")
    void searchIsAccentInsensitive() {
        navigate(MembersView.class);
        @SuppressWarnings("unchecked")
        Grid<Member> grid = $(Grid.class).single();
        test($(TextField.class).single()).setValue("nguyen thi");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).getFullName()).startsWith("Nguyễn Thị");
    }

    @Test
    @WithUserDetails("dangvien")
    void memberReadsTheListButCannotAddOrImport() {
        navigate(MembersView.class);
        assertThat($(Button.class).withText("Thêm đảng viên").all()).isEmpty();
        assertThat($(Button.class).withText("Nhập từ Excel/CSV").all()).isEmpty();
        assertThat($(Button.class).withText("Xuất Excel").all()).hasSize(1);
        @SuppressWarnings("unchecked")
        Grid<Member> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(15);
    }

    @Test
    @WithUserDetails("dangvien.hm")
    void aMemberOfAnotherCellCannotOpenThisCellsMember() {
        long hoan = idOfHoan();
        // the service refuses the id and the user sees the "not available" page instead of the member
        assertThatThrownBy(() -> navigate(MemberDetailView.class, hoan))
                .hasMessageContaining("AccessDeniedView instead of");
    }

    @Test
    @WithUserDetails("bithu")
    void secretaryOpensAMemberOfTheCell() {
        MemberDetailView view = navigate(MemberDetailView.class, idOfHoan());
        assertThat(view.getPageTitle()).isEqualTo("Phạm Thị Hoàn");
        assertThat($(Button.class).withText("Sửa").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("bithu")
    void secretaryRecordsAnExemptionThroughItsDialog() {
        long id = idOfHoan();
        long cell = repository.findById(id).orElseThrow().getCell().requireId();
        long free = repository.findAll().stream()
                .filter(m -> m.isActive() && m.getCell().requireId() == cell)
                .filter(m -> members.exemptions(m.requireId()).isEmpty())
                .findFirst()
                .orElseThrow()
                .requireId();
        navigate(MemberDetailView.class, free);
        test($(Button.class).withText("Thêm thời gian miễn sinh hoạt").single()).click();
        ExemptionDialog dialog = $(ExemptionDialog.class).single();
        TextField reason = $(TextField.class, dialog).withCaption("Lý do").single();

        test($(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Vui lòng nhập lý do miễn sinh hoạt.");
        assertThat($(ExemptionDialog.class).all()).as("still open").hasSize(1);
        assertThat(members.exemptions(free)).isEmpty();

        test(reason).setValue("Điều trị dài ngày");
        test($(Button.class, dialog).withText("Lưu").single()).click();
        assertThat($(ExemptionDialog.class).all()).isEmpty();
        assertThat(members.exemptions(free)).extracting(Exemption::getReason).containsExactly("Điều trị dài ngày");
        assertThat($(Span.class).withText("Điều trị dài ngày").all())
                .as("the page shows it")
                .hasSize(1);
    }

    @Autowired
    MemberService members;

    @Autowired
    MemberRepository repository;

    private long idOfHoan() {
        return repository.findAll().stream()
                .filter(m -> m.getFullName().equals("Phạm Thị Hoàn"))
                .findFirst()
                .orElseThrow()
                .requireId();
    }
}
