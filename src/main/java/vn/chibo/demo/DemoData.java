package vn.chibo.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.organization.domain.Gender;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.domain.OrganizationKind;
import vn.chibo.organization.domain.Position;
import vn.chibo.organization.service.FollowerService;
import vn.chibo.organization.service.MemberData;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.AccountService;
import vn.chibo.security.service.SystemUser;

/**
 * Demo data for the embedded database: Đảng bộ xã Ngọc Sơn with the cell of Ngọc Sơn Primary School (the
 * cell of the seed article, secretary Phạm Thị Hoàn) and its neighbours, plus a second commune for access
 * checks. Loaded once, into an empty database, through the same services people use.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "chibo.demo-data", havingValue = "true")
public class DemoData implements ApplicationRunner {

    public static final String PASSWORD = "demo";
    public static final String PRIMARY_SCHOOL = "Chi bộ Trường Tiểu học Ngọc Sơn";
    public static final String SECONDARY_SCHOOL = "Chi bộ Trường THCS Ngọc Sơn";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganizationService organizations;
    private final MemberService members;
    private final AccountService accounts;
    private final FollowerService followers;
    private final DemoPlans plans;
    private final DemoDrafts drafts;
    private final DemoMeetings meetings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;

    DemoData(
            OrganizationService organizations,
            MemberService members,
            AccountService accounts,
            FollowerService followers,
            DemoPlans plans,
            DemoDrafts drafts,
            DemoMeetings meetings,
            Clock clock,
            PlatformTransactionManager transactionManager,
            PasswordEncoder passwordEncoder) {
        this.passwordEncoder = passwordEncoder;
        this.organizations = organizations;
        this.members = members;
        this.accounts = accounts;
        this.followers = followers;
        this.plans = plans;
        this.drafts = drafts;
        this.meetings = meetings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.countAccounts() > 0) {
            return;
        }
        // all or nothing: a half-loaded demo would be skipped on the next start
        SystemUser.run(() -> transaction.executeWithoutResult(status -> load()));
        log.info("Demo data loaded: log in as bithu, dangvien, danguy or admin with password '{}'", PASSWORD);
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        OrganizationInfo province =
                organizations.create(null, OrganizationKind.DANG_BO, "Đảng bộ tỉnh Bắc Giang", "Bắc Giang");
        // the 2025 reform merged Bắc Giang into Bắc Ninh: the rename is kept in the organisation's history
        province = organizations.update(
                province.id(),
                province.version(),
                "Đảng bộ tỉnh Bắc Ninh",
                LocalDate.of(2025, 7, 1),
                "Hợp nhất tỉnh Bắc Giang và tỉnh Bắc Ninh",
                "Bắc Ninh",
                true);
        OrganizationInfo commune =
                organizations.create(province.id(), OrganizationKind.DANG_BO, "Đảng bộ xã Ngọc Sơn", "Ngọc Sơn");
        OrganizationInfo primary =
                organizations.create(commune.id(), OrganizationKind.CHI_BO, PRIMARY_SCHOOL, "Ngọc Sơn");
        OrganizationInfo secondary =
                organizations.create(commune.id(), OrganizationKind.CHI_BO, SECONDARY_SCHOOL, "Ngọc Sơn");
        OrganizationInfo kindergarten = organizations.create(
                commune.id(), OrganizationKind.CHI_BO, "Chi bộ Trường Mầm non Ngọc Sơn", "Ngọc Sơn");
        OrganizationInfo village =
                organizations.create(commune.id(), OrganizationKind.CHI_BO, "Chi bộ thôn Ngọc Thành", "Ngọc Sơn");
        OrganizationInfo otherCommune =
                organizations.create(province.id(), OrganizationKind.DANG_BO, "Đảng bộ xã Hoàng Vân", "Hoàng Vân");
        OrganizationInfo otherCell =
                organizations.create(otherCommune.id(), OrganizationKind.CHI_BO, "Chi bộ thôn Hoàng Mai", "Hoàng Vân");

        long hoan = member(
                primary,
                "Phạm Thị Hoàn",
                Gender.NU,
                "1975-04-12",
                "2000-05-19",
                "2001-05-19",
                Position.BI_THU,
                "Hiệu trưởng",
                "Quản lý giáo dục; Xây dựng Đảng; Thuyết trình",
                "0912 345 601");
        long hung = member(
                primary,
                "Nguyễn Văn Hùng",
                Gender.NAM,
                "1979-09-02",
                "2004-11-07",
                "2005-11-07",
                Position.PHO_BI_THU,
                "Phó hiệu trưởng",
                "Chuyển đổi số; Toán học; Quản lý chuyên môn",
                "0912 345 602");
        member(
                primary,
                "Trần Thị Mai",
                Gender.NU,
                "1982-03-08",
                "2008-03-26",
                "2009-03-26",
                Position.CHI_UY_VIEN,
                "Tổ trưởng tổ 1–2",
                "Tiếng Việt; Tư tưởng Hồ Chí Minh; Kỹ năng sống",
                "0912 345 603");
        long ha = member(
                primary,
                "Lê Thị Thu Hà",
                Gender.NU,
                "1985-07-21",
                "2012-09-02",
                "2013-09-02",
                Position.DANG_VIEN,
                "Giáo viên tiếng Anh",
                "Tiếng Anh; Công nghệ thông tin; Thuyết trình",
                "0912 345 604");
        member(
                primary,
                "Nguyễn Thị Lan",
                Gender.NU,
                "1980-12-05",
                "2006-05-19",
                "2007-05-19",
                Position.DANG_VIEN,
                "Giáo viên lớp 3",
                "Đạo đức; Kỹ năng sống; Công tác chủ nhiệm",
                "0912 345 605");
        member(
                primary,
                "Đỗ Văn Tuấn",
                Gender.NAM,
                "1988-06-15",
                "2015-02-03",
                "2016-02-03",
                Position.DANG_VIEN,
                "Giáo viên thể dục",
                "Thể dục thể thao; An toàn trường học; Phòng chống đuối nước",
                "0912 345 606");
        member(
                primary,
                "Hoàng Thị Ngọc Ánh",
                Gender.NU,
                "1990-10-10",
                "2017-05-19",
                "2018-05-19",
                Position.DANG_VIEN,
                "Giáo viên âm nhạc",
                "Âm nhạc; Văn nghệ; Công tác Đội",
                "0912 345 607");
        member(
                primary,
                "Ngô Thị Hương",
                Gender.NU,
                "1984-01-30",
                "2010-12-22",
                "2011-12-22",
                Position.DANG_VIEN,
                "Kế toán",
                "Tài chính; Pháp luật; Công khai minh bạch",
                "0912 345 608");
        member(
                primary,
                "Vũ Thị Thanh Tâm",
                Gender.NU,
                "1987-04-18",
                "2014-09-02",
                "2015-09-02",
                Position.DANG_VIEN,
                "Giáo viên mĩ thuật",
                "Mĩ thuật; Truyền thông; Trình chiếu",
                "0912 345 609");
        member(
                primary,
                "Phạm Văn Long",
                Gender.NAM,
                "1978-08-19",
                "2003-03-26",
                "2004-03-26",
                Position.DANG_VIEN,
                "Giáo viên lớp 5",
                "Lịch sử địa phương; Tư tưởng Hồ Chí Minh; Giáo dục truyền thống",
                "0912 345 610");
        member(
                primary,
                "Nguyễn Thị Phương",
                Gender.NU,
                "1983-11-11",
                "2009-05-19",
                "2010-05-19",
                Position.DANG_VIEN,
                "Giáo viên lớp 1",
                "Giáo dục hòa nhập; Tâm lý học đường",
                "0912 345 611");
        member(
                primary,
                "Trịnh Thị Yến",
                Gender.NU,
                "1989-02-14",
                "2016-12-22",
                "2017-12-22",
                Position.DANG_VIEN,
                "Nhân viên thư viện",
                "Thư viện; Văn hóa đọc",
                "0912 345 612");
        long son = member(
                primary,
                "Nguyễn Văn Sơn",
                Gender.NAM,
                "1962-05-01",
                "1990-02-03",
                "1991-02-03",
                Position.DANG_VIEN,
                "Giáo viên (sắp nghỉ hưu)",
                "Lịch sử Đảng; Kinh nghiệm công tác Đảng",
                "0912 345 613");
        long nhung = member(
                primary,
                "Bùi Thị Hồng Nhung",
                Gender.NU,
                "1996-09-09",
                today.minusMonths(8).toString(),
                null,
                Position.DANG_VIEN,
                "Giáo viên tin học",
                "Tin học; Chuyển đổi số; Trình chiếu",
                "0912 345 614");
        member(
                primary,
                "Lê Văn Đức",
                Gender.NAM,
                "1994-03-03",
                today.minusMonths(5).toString(),
                null,
                Position.DANG_VIEN,
                "Giáo viên lớp 4",
                "Toán học; Khoa học",
                "0912 345 615");
        members.addExemption(
                son,
                "Điều trị bệnh dài ngày",
                today.minusMonths(2).withDayOfMonth(1),
                today.plusMonths(4).withDayOfMonth(1).minusDays(1));

        long lanh = member(
                secondary,
                "Đặng Văn Lành",
                Gender.NAM,
                "1972-06-06",
                "1998-05-19",
                "1999-05-19",
                Position.BI_THU,
                "Hiệu trưởng",
                "Quản lý giáo dục; Xây dựng Đảng",
                "0913 100 201");
        long thao = member(
                secondary,
                "Lê Thị Thảo",
                Gender.NU,
                "1986-02-02",
                "2011-03-26",
                "2012-03-26",
                Position.DANG_VIEN,
                "Giáo viên Ngữ văn",
                "Ngữ văn; Tư tưởng Hồ Chí Minh",
                "0913 100 202");
        member(
                secondary,
                "Trần Văn Hải",
                Gender.NAM,
                "1981-04-04",
                "2007-09-02",
                "2008-09-02",
                Position.PHO_BI_THU,
                "Phó hiệu trưởng",
                "Toán học; Chuyển đổi số",
                "0913 100 203");
        member(
                secondary,
                "Nguyễn Thị Hồng",
                Gender.NU,
                "1990-08-08",
                "2018-12-22",
                "2019-12-22",
                Position.DANG_VIEN,
                "Giáo viên Lịch sử",
                "Lịch sử; Giáo dục truyền thống",
                "0913 100 204");
        member(
                secondary,
                "Phạm Minh Tuấn",
                Gender.NAM,
                "1992-01-15",
                "2020-05-19",
                "2021-05-19",
                Position.DANG_VIEN,
                "Giáo viên Tin học",
                "Tin học; An toàn thông tin",
                "0913 100 205");
        member(
                secondary,
                "Vũ Thị Hạnh",
                Gender.NU,
                "1988-10-20",
                "2014-02-03",
                "2015-02-03",
                Position.CHI_UY_VIEN,
                "Tổ trưởng KHXH",
                "Giáo dục công dân; Pháp luật",
                "0913 100 206");

        member(
                kindergarten,
                "Nguyễn Thị Thủy",
                Gender.NU,
                "1977-07-07",
                "2002-05-19",
                "2003-05-19",
                Position.BI_THU,
                "Hiệu trưởng",
                "Giáo dục mầm non; Xây dựng Đảng",
                "0914 200 301");
        member(
                kindergarten,
                "Hoàng Thị Loan",
                Gender.NU,
                "1985-05-05",
                "2012-05-19",
                "2013-05-19",
                Position.DANG_VIEN,
                "Giáo viên",
                "Dinh dưỡng; An toàn trẻ",
                "0914 200 302");
        member(
                kindergarten,
                "Đỗ Thị Vân",
                Gender.NU,
                "1991-09-19",
                "2019-09-02",
                "2020-09-02",
                Position.DANG_VIEN,
                "Giáo viên",
                "Âm nhạc; Kỹ năng sống",
                "0914 200 303");

        member(
                village,
                "Nguyễn Văn Bình",
                Gender.NAM,
                "1965-03-03",
                "1988-02-03",
                "1989-02-03",
                Position.BI_THU,
                "Trưởng thôn",
                "Dân vận; Kinh tế nông nghiệp",
                "0915 300 401");
        member(
                village,
                "Trần Văn Quý",
                Gender.NAM,
                "1958-12-12",
                "1980-12-22",
                "1981-12-22",
                Position.DANG_VIEN,
                "Cựu chiến binh",
                "Lịch sử; Giáo dục truyền thống",
                "0915 300 402");
        member(
                village,
                "Lê Thị Hoa",
                Gender.NU,
                "1975-06-16",
                "2001-03-08",
                "2002-03-08",
                Position.DANG_VIEN,
                "Chi hội trưởng phụ nữ",
                "Dân vận; Phụ nữ",
                "0915 300 403");

        String passwordHash = passwordEncoder.encode(PASSWORD); // one hash for all: bcrypt takes ~0.3 s each here
        long mai = member(
                otherCell,
                "Đinh Văn Mạnh",
                Gender.NAM,
                "1970-04-30",
                "1995-05-19",
                "1996-05-19",
                Position.BI_THU,
                "Trưởng thôn",
                "Dân vận",
                "0916 400 501");
        long cuc = member(
                otherCell,
                "Lý Thị Cúc",
                Gender.NU,
                "1983-09-09",
                "2009-09-02",
                "2010-09-02",
                Position.DANG_VIEN,
                "Y tá thôn",
                "Y tế cộng đồng",
                "0916 400 502");

        accounts.createWithPasswordHash(
                "bithu", "Phạm Thị Hoàn", Role.SECRETARY, primary.id(), hoan, passwordHash, false);
        accounts.createWithPasswordHash(
                "phobithu", "Nguyễn Văn Hùng", Role.SECRETARY, primary.id(), hung, passwordHash, false);
        accounts.createWithPasswordHash(
                "dangvien", "Lê Thị Thu Hà", Role.MEMBER, primary.id(), ha, passwordHash, false);
        accounts.createWithPasswordHash(
                "nhung", "Bùi Thị Hồng Nhung", Role.MEMBER, primary.id(), nhung, passwordHash, false);
        long thang = accounts.createWithPasswordHash(
                "danguy", "Nguyễn Văn Thắng", Role.COMMITTEE, commune.id(), null, passwordHash, false);
        accounts.createWithPasswordHash("admin", "Quản trị hệ thống", Role.ADMIN, null, null, passwordHash, false);
        accounts.createWithPasswordHash(
                "bithu.thcs", "Đặng Văn Lành", Role.SECRETARY, secondary.id(), lanh, passwordHash, false);
        accounts.createWithPasswordHash(
                "dangvien.thcs", "Lê Thị Thảo", Role.MEMBER, secondary.id(), thao, passwordHash, false);
        long khanh = accounts.createWithPasswordHash(
                "danguy.hv", "Hà Văn Khánh", Role.COMMITTEE, otherCommune.id(), null, passwordHash, false);
        accounts.createWithPasswordHash(
                "bithu.hm", "Đinh Văn Mạnh", Role.SECRETARY, otherCell.id(), mai, passwordHash, false);
        accounts.createWithPasswordHash(
                "dangvien.hm", "Lý Thị Cúc", Role.MEMBER, otherCell.id(), cuc, passwordHash, false);

        // the committee member who follows each cell receives its meeting notices
        for (OrganizationInfo cell : List.of(primary, secondary, kindergarten, village)) {
            followers.setFollower(cell.id(), organizations.get(cell.id()).version(), thang);
        }
        followers.setFollower(otherCell.id(), organizations.get(otherCell.id()).version(), khanh);

        // the CPU this thread spent as well: on a machine shared with other builds the wall times say little
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long nextTopic = plans.load(commune.id(), primary.id(), secondary.id(), today);
        long t1 = System.nanoTime();
        drafts.load(primary.id(), secondary.id(), today, nextTopic);
        long t2 = System.nanoTime();
        meetings.load(primary.id(), today, nextTopic);
        meetings.loadLapsed(secondary.id(), today);
        long t3 = System.nanoTime();
        log.info(
                "Demo plans {} ms, drafts {} ms, meetings {} ms ({} ms of CPU)",
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
    }

    private long member(
            OrganizationInfo cell,
            String name,
            Gender gender,
            String birth,
            String admitted,
            String official,
            Position position,
            String occupation,
            String strengths,
            String phone) {
        MemberData d = new MemberData();
        d.setFullName(name);
        d.setGender(gender);
        d.setBirthDate(LocalDate.parse(birth));
        d.setAdmissionDate(LocalDate.parse(admitted));
        d.setOfficialDate(official == null ? null : LocalDate.parse(official));
        d.setStatus(official == null ? MemberStatus.DU_BI : MemberStatus.CHINH_THUC);
        d.setPosition(position);
        d.setOccupation(occupation);
        d.setWorkUnit(cell.name().replace("Chi bộ ", ""));
        d.setStrengths(List.of(strengths.split(";\\s*")));
        d.setPhone(phone);
        return members.create(cell.id(), d);
    }
}
