package vn.chibo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.VietnamClock;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.demo.DemoData;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.service.ImportPreview;
import vn.chibo.organization.service.ImportRow;
import vn.chibo.organization.service.MemberData;
import vn.chibo.organization.service.MemberFilter;
import vn.chibo.organization.service.MemberImportService;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

@DateSensitive
@ChiboSpringTest
@Transactional
class MemberServiceTest {

    @Autowired
    MemberService members;

    @Autowired
    MemberImportService imports;

    @Autowired
    OrganizationService organizations;

    @Autowired
    DemoUsers users;

    long primary;
    long secondary;

    @BeforeEach
    void secretary() {
        users.login("admin");
        primary = organizations.readableCells().stream()
                .filter(c -> c.name().equals(DemoData.PRIMARY_SCHOOL))
                .findFirst()
                .map(OrganizationInfo::id)
                .orElseThrow();
        secondary = organizations.readableCells().stream()
                .filter(c -> c.name().equals(DemoData.SECONDARY_SCHOOL))
                .findFirst()
                .map(OrganizationInfo::id)
                .orElseThrow();
        users.login("bithu");
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    private Member byName(String name) {
        return members.find(primary, new MemberFilter(name, null, null, null), 0, 5, Sort.unsorted())
                .getFirst();
    }

    @Test
    void aSecondSaveFromAStaleFormIsRefusedAndNothingIsOverwritten() {
        Member mai = byName("Trần Thị Mai");
        MemberData first = MemberData.of(mai);
        MemberData second = MemberData.of(mai);
        first.setOccupation("Tổ trưởng chuyên môn");
        members.update(mai.requireId(), first);

        second.setOccupation("Giáo viên");
        assertThatThrownBy(() -> members.update(mai.requireId(), second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(members.get(mai.requireId()).getOccupation()).isEqualTo("Tổ trưởng chuyên môn");
    }

    @Test
    void savedRecordsAreDatedByTheApplicationsClock() {
        Member mai = byName("Trần Thị Mai");
        MemberData data = MemberData.of(mai);
        data.setOccupation("Tổ trưởng tổ 3");
        members.update(mai.requireId(), data);
        Member saved = members.get(mai.requireId());
        // at a pinned moment (./mvnw verify) the machine's date is another one: only the clock gives this day
        assertThat(saved.getUpdatedAt().atZone(VietnamClock.VIETNAM).toLocalDate())
                .isEqualTo(TestTime.today());
        assertThat(saved.getCreatedAt()).isBefore(saved.getUpdatedAt());
    }

    @Test
    void invalidDataIsRefusedWithTheBrokenRule() {
        MemberData data = new MemberData();
        data.setFullName("Nguyễn Văn Trẻ");
        data.setBirthDate(TestTime.today().minusYears(10));
        assertThatThrownBy(() -> members.create(primary, data))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("member.error.tooYoung");
        data.setFullName("<script>alert(1)</script>");
        data.setBirthDate(null);
        assertThatThrownBy(() -> members.create(primary, data))
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("member.error.nameInvalid");
    }

    @Test
    void transferKeepsTheHistoryOfCells() {
        Member duc = byName("Lê Văn Đức");
        users.login("danguy");
        members.transfer(duc.requireId(), secondary, TestTime.today(), "Giấy giới thiệu số 12");

        List<MemberService.CellPeriod> history = members.cellHistory(duc.requireId());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).cellName()).isEqualTo(DemoData.SECONDARY_SCHOOL);
        assertThat(history.get(0).to()).isNull();
        assertThat(history.get(1).cellName()).isEqualTo(DemoData.PRIMARY_SCHOOL);
        assertThat(history.get(1).to()).isEqualTo(TestTime.today().minusDays(1));
        assertThat(members.get(duc.requireId()).getCell().getName()).isEqualTo(DemoData.SECONDARY_SCHOOL);
    }

    @Test
    void secretaryTransfersOnlyWithinTheSameCommittee() {
        Member duc = byName("Lê Văn Đức");
        long foreignCell = users.as(
                "admin",
                () -> organizations.readableCells().stream()
                        .filter(c -> c.name().equals("Chi bộ thôn Hoàng Mai"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        members.transfer(duc.requireId(), secondary, TestTime.today(), null);
        Member tuan = byName("Đỗ Văn Tuấn");
        assertThatThrownBy(() -> members.transfer(tuan.requireId(), foreignCell, TestTime.today(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void exemptionsMayNotOverlapAndCountAsExempted() {
        Member lan = byName("Nguyễn Thị Lan");
        members.addExemption(
                lan.requireId(),
                "Công tác xa",
                TestTime.today().minusDays(3),
                TestTime.today().plusDays(30));
        assertThat(members.exemptedToday(primary)).contains(lan.getId());
        assertThatThrownBy(() -> members.addExemption(lan.requireId(), "Ốm", TestTime.today(), null))
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("exemption.error.overlaps");
    }

    @Test
    void importIsAllOrNothing() {
        long before = members.count(primary, MemberFilter.activeOnly());
        String bad = "Họ và tên,Ngày sinh\nNguyễn Văn Một,01/01/1990\n,02/02/1991\n";
        ImportPreview badPreview = imports.preview(primary, "x.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(badPreview.canCommit()).isFalse();
        assertThatThrownBy(() -> imports.commit(badPreview)).isInstanceOf(BusinessException.class);
        assertThat(members.count(primary, MemberFilter.activeOnly())).isEqualTo(before);

        String good = "Họ và tên,Ngày sinh\nNguyễn Văn Một,01/01/1990\nTrần Văn Hai,02/02/1991\n";
        ImportPreview preview = imports.preview(primary, "x.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(imports.commit(preview)).isEqualTo(2);
        assertThat(members.count(primary, MemberFilter.activeOnly())).isEqualTo(before + 2);
    }

    @Test
    void importFlagsMembersAlreadyInTheCell() {
        String csv = "Họ và tên,Ngày sinh\nPhạm Thị Hoàn,12/04/1975\n";
        ImportPreview preview = imports.preview(primary, "x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.rows().getFirst().problems())
                .extracting(p -> p.messageKey())
                .containsExactly("import.error.duplicateExisting");
    }

    @Test
    void importSaysWhenItInferredTheStatusAndWarnsOfASecondLeader() {
        String csv = "Họ và tên,Ngày sinh,Ngày vào Đảng,Chức vụ đảng\n"
                + "Nguyễn Văn Ba,01/01/1980,15/03/2005,Bí thư\n"
                + "Trần Thị Bốn,02/02/1985,10/10/2010,Phó bí thư\n";
        ImportPreview preview = imports.preview(primary, "x.csv", csv.getBytes(StandardCharsets.UTF_8));
        ImportRow first = preview.rows().get(0);
        assertThat(first.data().getStatus()).isEqualTo(MemberStatus.CHINH_THUC);
        assertThat(first.warnings())
                .extracting(ImportRow.Problem::messageKey)
                .containsExactlyInAnyOrder("import.warning.inferredFull", "import.warning.secondSecretary");
        assertThat(first.warnings())
                .filteredOn(w -> w.messageKey().equals("import.warning.secondSecretary"))
                .extracting(ImportRow.Problem::argument)
                .containsExactly("2");
        assertThat(preview.rows().get(1).warnings())
                .extracting(ImportRow.Problem::messageKey)
                .contains("import.warning.secondDeputy");
        assertThat(preview.canCommit()).as("warnings do not stop the import").isTrue();
        assertThat(preview.warningRows()).isEqualTo(2);
    }

    @Test
    void exportWritesTheCellsMembers() throws Exception {
        byte[] xlsx = imports.exportXlsx(primary);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("CHI BỘ TRƯỜNG TIỂU HỌC NGỌC SƠN");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getLastRowNum() - 2).isEqualTo(15);
        }
    }
}
