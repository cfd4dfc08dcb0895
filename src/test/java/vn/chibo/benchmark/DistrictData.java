package vn.chibo.benchmark;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import vn.chibo.base.text.Vietnamese;

/**
 * A district-scale dataset for the benchmarks, written with batched JDBC (through the services it would take
 * hours): one upper committee, its commune committees, their cells and members, and {@code years} years of
 * published plans, meetings (regular monthly, thematic quarterly) held and locked with roll-call, opinions,
 * evaluations and commendations, and drafts with versions and comments. Accounts: {@code admin}, {@code tinh}
 * (the upper committee), {@code xa1..} (communes), {@code bt<cellId>} (secretaries), {@code dv<memberId>} for
 * the first member of each cell; password {@code demo}. The first cell has {@link Size#bigCell} members — the
 * 50-member cell of the rotation benchmark.
 */
public final class DistrictData {

    /** How much to generate. */
    public record Size(int communes, int cellsPerCommune, int membersPerCell, int bigCell, int years) {
        public int cells() {
            return communes * cellsPerCommune;
        }
    }

    public static final Size DISTRICT = new Size(20, 15, 30, 50, 10);

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý"
    };
    private static final String[] MIDDLE = {
        "Văn", "Thị", "Hữu", "Đức", "Thị Thu", "Minh", "Thị Ngọc", "Quang", "Thanh", "Xuân"
    };
    private static final String[] GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoàn", "Hùng", "Hương", "Khánh", "Lan", "Linh",
        "Long", "Mai", "Nam", "Nga", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vân", "Yến"
    };
    private static final String[] STRENGTHS = {
        "Tư tưởng Hồ Chí Minh",
        "Chuyển đổi số",
        "Pháp luật",
        "Kinh tế nông nghiệp",
        "Dân vận",
        "Xây dựng Đảng",
        "Giáo dục truyền thống",
        "Y tế cộng đồng",
        "Tài chính",
        "Thuyết trình"
    };
    private static final String[] TOPICS = {
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương",
        "Chuyển đổi số trong công tác của chi bộ và đời sống nhân dân",
        "Vai trò của chi bộ trong xây dựng nông thôn mới kiểu mẫu",
        "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
        "Tự phê bình và phê bình, giữ gìn phẩm chất đạo đức của đảng viên",
        "Thực hiện dân chủ ở cơ sở, tăng cường đoàn kết trong nhân dân",
        "Phòng chống tham nhũng, tiêu cực ở cơ sở",
        "Nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn 12-HD/BTCTW"
    };
    private static final String[] CATEGORIES = {"HCM", "NHIEM_VU", "XAY_DUNG_DANG", "TU_TUONG"};

    private final JdbcTemplate jdbc;
    private final Size size;
    private final LocalDate today;
    private final OffsetDateTime now;
    private long nextOrg;
    private long nextMember;
    private long nextAccount;
    private long nextPlan;
    private long nextTopic;
    private long nextMeeting;
    private long nextRecord;
    private long nextAttendance;
    private long nextOpinion;
    private long nextEvaluation;
    private long nextCommendation;
    private long nextDraft;
    private long nextVersion;
    private long nextComment;
    private long nextRule;
    private long nextMembership;
    private final List<Object[]> attendanceRows = new ArrayList<>();
    private final List<Object[]> accounts = new ArrayList<>();
    private long rowCount;

    private DistrictData(DataSource dataSource, Size size, LocalDate today) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.size = size;
        this.today = today;
        this.now = today.atTime(8, 0).atOffset(ZoneOffset.ofHours(7));
        nextOrg = nextMember = nextAccount = nextPlan = nextTopic = nextMeeting = nextRecord = nextAttendance = 1;
        nextOpinion = nextEvaluation = nextCommendation = nextDraft = nextVersion = nextComment = nextRule = 1;
        nextMembership = 1;
    }

    /** Migrates the schema and generates into an empty database; returns the number of rows written (0: already there). */
    public static long ensure(DataSource dataSource, Size size, LocalDate today) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Long accounts = jdbc.queryForObject("select count(*) from user_account", Long.class);
        if (accounts != null && accounts > 0) {
            return 0;
        }
        Long organizations = jdbc.queryForObject("select count(*) from party_organization", Long.class);
        if (organizations != null && organizations > 0) {
            throw new IllegalStateException(
                    "an earlier generation stopped half-way: delete the database and run again");
        }
        DistrictData data = new DistrictData(dataSource, size, today);
        data.generate();
        return data.rowCount;
    }

    /** One cell's meeting of the evening: who runs it and who attends (member id → log-in name), in roll-call order. */
    public record EveningCell(long cellId, long meetingId, String secretary, Map<Long, String> members) {}

    /**
     * Turns a generated district into a district's meeting evening: every cell's regular meeting of {@code today}
     * (generated at 14:00, not yet held) moves to {@code at}, and every member gets an account ({@code m<memberId>};
     * secretaries keep {@code bt<cellId>}, the generated members {@code dv<memberId>}). All passwords become
     * {@code passwordHash}: the benchmark logs in thousands of people, and checking a full-cost bcrypt hash (~0.3 s
     * of CPU here) for each would measure the log-in, not the evening.
     */
    public static List<EveningCell> evening(DataSource dataSource, LocalDateTime at, String passwordHash) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int moved = jdbc.update(
                "update meeting set scheduled_at = ? where scheduled_at = ? and status = 'PLANNED'",
                Timestamp.valueOf(at),
                Timestamp.valueOf(at.toLocalDate().atTime(14, 0)));
        if (moved == 0) {
            throw new IllegalStateException("no planned meeting at 14:00 on " + at.toLocalDate()
                    + ": the district must be generated with that day as today (a 5th)");
        }
        jdbc.update("update user_account set password_hash = ?", passwordHash);
        Long next = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from user_account", Long.class);
        long id = next == null ? 1 : next;
        List<Object[]> added = new ArrayList<>();
        for (Map<String, Object> m : jdbc.queryForList("select m.id, m.cell_id, m.full_name from member m"
                + " where not exists (select 1 from user_account a where a.member_id = m.id) order by m.id")) {
            long member = ((Number) m.get("ID")).longValue();
            added.add(new Object[] {
                id++,
                "m" + member,
                passwordHash,
                m.get("FULL_NAME"),
                "MEMBER",
                ((Number) m.get("CELL_ID")).longValue(),
                member,
                Timestamp.valueOf(at.minusDays(30))
            });
        }
        for (int from = 0; from < added.size(); from += 5000) {
            jdbc.batchUpdate(
                    "insert into user_account (id, version, username, password_hash, display_name, role,"
                            + " organization_id, member_id, created_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?)",
                    added.subList(from, Math.min(added.size(), from + 5000)));
        }
        jdbc.execute("alter table user_account alter column id restart with " + id);
        List<EveningCell> cells = new ArrayList<>();
        jdbc.query(
                "select g.id, g.cell_id, (select a.username from user_account a where a.organization_id = g.cell_id"
                        + " and a.role = 'SECRETARY') from meeting g where g.scheduled_at = ? order by g.cell_id",
                rs -> {
                    cells.add(new EveningCell(rs.getLong(2), rs.getLong(1), rs.getString(3), new LinkedHashMap<>()));
                },
                Timestamp.valueOf(at));
        Map<Long, EveningCell> byCell = new HashMap<>();
        cells.forEach(c -> byCell.put(c.cellId(), c));
        jdbc.query(
                "select m.cell_id, m.id, a.username from member m join user_account a on a.member_id = m.id"
                        + " where m.active order by m.cell_id, m.id",
                rs -> {
                    EveningCell c = byCell.get(rs.getLong(1));
                    if (c != null) {
                        c.members().put(rs.getLong(2), rs.getString(3));
                    }
                });
        return cells;
    }

    private void generate() {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("demo");
        long upper = org(null, "/", "DANG_BO", "Đảng bộ huyện Lục Ngạn (dữ liệu thử)", "Lục Ngạn");
        account("admin", "Quản trị hệ thống", "ADMIN", null, null, hash);
        account("tinh", "Ban Tổ chức huyện ủy", "COMMITTEE", upper, null, hash);
        List<Object[]> members = new ArrayList<>();
        List<Object[]> memberships = new ArrayList<>();
        List<long[]> cells = new ArrayList<>(); // cell id, first member id, member count
        for (int c = 1; c <= size.communes(); c++) {
            long commune = org(upper, "/" + upper + "/", "DANG_BO", "Đảng bộ xã Số " + c, "Xã Số " + c);
            account("xa" + c, "Đảng ủy xã Số " + c, "COMMITTEE", commune, null, hash);
            for (int k = 1; k <= size.cellsPerCommune(); k++) {
                String name = (k % 3 == 0 ? "Chi bộ Trường học " : "Chi bộ thôn ") + c + "-" + k;
                long cell = org(commune, "/" + upper + "/" + commune + "/", "CHI_BO", name, "Xã Số " + c);
                int count = cells.isEmpty() ? size.bigCell() : size.membersPerCell();
                long first = nextMember;
                for (int i = 0; i < count; i++) {
                    long id = nextMember++;
                    String full = FAMILY[(int) (id % FAMILY.length)] + " " + MIDDLE[(int) (id / 3 % MIDDLE.length)]
                            + " " + GIVEN[(int) (id / 7 % GIVEN.length)];
                    String position = i == 0 ? "BI_THU" : i == 1 ? "PHO_BI_THU" : i < 4 ? "CHI_UY_VIEN" : "DANG_VIEN";
                    boolean probationary = i == count - 1;
                    LocalDate admitted = probationary
                            ? today.minusMonths(6)
                            : LocalDate.of(1980 + (int) (id % 35), 1 + (int) (id % 12), 1 + (int) (id % 27));
                    members.add(new Object[] {
                        id,
                        cell,
                        full,
                        Vietnamese.fold(full),
                        Vietnamese.nameSortKey(full),
                        id % 2 == 0 ? "NAM" : "NU",
                        LocalDate.of(1955 + (int) (id % 45), 1 + (int) (id % 12), 1 + (int) (id % 28)),
                        probationary ? "DU_BI" : "CHINH_THUC",
                        admitted,
                        probationary ? null : admitted.plusYears(1),
                        position,
                        STRENGTHS[(int) (id % STRENGTHS.length)] + ";"
                                + STRENGTHS[(int) ((id / 5 + 3) % STRENGTHS.length)],
                        ts(now),
                        ts(now)
                    });
                    memberships.add(new Object[] {nextMembership++, id, cell, admitted});
                }
                account("bt" + cell, full(members, first), "SECRETARY", cell, first, hash);
                account("dv" + (first + 2), full(members, first + 2), "MEMBER", cell, first + 2, hash);
                cells.add(new long[] {cell, first, count});
            }
        }
        batch(
                "insert into member (id, version, cell_id, full_name, search_name, sort_name, gender, birth_date, status,"
                        + " admission_date, official_date, position, strengths, active, created_at, updated_at)"
                        + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)",
                members);
        batch("insert into membership (id, member_id, cell_id, from_date) values (?, ?, ?, ?)", memberships);
        for (long[] cell : cells) {
            history(cell[0], cell[1], (int) cell[2], members);
        }
        flushAttendance();
        // accounts last: a generation that fails half-way is seen as not done (ensure checks the accounts)
        batch(
                "insert into user_account (id, version, username, password_hash, display_name, role, organization_id,"
                        + " member_id, created_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?)",
                accounts);
        restartIdentities();
    }

    private static String full(List<Object[]> members, long id) {
        return members.stream()
                .filter(m -> (long) m[0] == id)
                .map(m -> (String) m[2])
                .findFirst()
                .orElseThrow();
    }

    /** Ten years of one cell: rule, plans with topics, meetings held and locked until today, drafts for the thematic ones. */
    /** The votes adopting the minutes of the cell being written (a field: {@code meeting} adds to it). */
    private final List<Object[]> votes = new ArrayList<>();

    private void history(long cell, long firstMember, int count, List<Object[]> members) {
        jdbc.update(
                "insert into meeting_rule (id, version, cell_id, kind, day_of_month, start_time, duration_minutes,"
                        + " place, updated_by, updated_at) values (?, 0, ?, 'DAY_OF_MONTH', 5, '14:00:00', 120, ?, 'bt', ?)",
                nextRule++,
                cell,
                "Nhà văn hóa",
                ts(now));
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> topics = new ArrayList<>();
        List<Object[]> meetings = new ArrayList<>();
        List<Object[]> records = new ArrayList<>();
        List<Object[]> opinions = new ArrayList<>();
        List<Object[]> evaluations = new ArrayList<>();
        List<Object[]> commendations = new ArrayList<>();
        List<Object[]> drafts = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> comments = new ArrayList<>();
        int turn = (int) (cell % count);
        for (int year = today.getYear() - size.years() + 1; year <= today.getYear(); year++) {
            long plan = nextPlan++;
            Timestamp published =
                    ts(LocalDate.of(year - 1, 12, 20).atStartOfDay().atOffset(ZoneOffset.ofHours(7)));
            plans.add(new Object[] {plan, cell, year, published, published, published});
            for (int month = 1; month <= 12; month++) {
                LocalDateTime at = LocalDate.of(year, month, 5).atTime(14, 0);
                boolean past = at.toLocalDate().isBefore(today);
                meeting(
                        cell,
                        firstMember,
                        count,
                        members,
                        at,
                        "REGULAR",
                        null,
                        null,
                        null,
                        past,
                        meetings,
                        records,
                        opinions,
                        evaluations,
                        commendations);
                if (month % 3 == 2) { // thematic in the middle month of each quarter
                    long topic = nextTopic++;
                    long presenter = firstMember + (turn++ % count);
                    String title = TOPICS[(int) ((year * 4L + month) % TOPICS.length)];
                    topics.add(new Object[] {topic, plan, title, CATEGORIES[month / 3], month, presenter, firstMember});
                    meeting(
                            cell,
                            firstMember,
                            count,
                            members,
                            at.plusHours(2),
                            "THEMATIC",
                            topic,
                            title,
                            presenter,
                            past,
                            meetings,
                            records,
                            opinions,
                            evaluations,
                            commendations);
                    if (past) {
                        long draft = nextDraft++;
                        drafts.add(new Object[] {
                            draft,
                            topic,
                            cell,
                            presenter,
                            "<p>" + title + "</p><p>Nội dung dự thảo.</p>",
                            ts(at.minusDays(10)),
                            ts(at.minusDays(6)),
                            Vietnamese.fold(title + " " + name(members, presenter) + " " + title + " Nội dung dự thảo.")
                        });
                        versions.add(
                                new Object[] {nextVersion++, draft, 1, "<p>" + title + "</p>", ts(at.minusDays(12))});
                        versions.add(new Object[] {
                            nextVersion++,
                            draft,
                            2,
                            "<p>" + title + "</p><p>Nội dung dự thảo.</p>",
                            ts(at.minusDays(10))
                        });
                        for (int k = 0; k < 3; k++) {
                            long author = firstMember + ((presenter - firstMember + 1 + k) % count);
                            comments.add(new Object[] {
                                nextComment++,
                                draft,
                                1 + k / 2,
                                author,
                                "Đồng chí " + (author - firstMember + 1),
                                "Đề nghị bổ sung số liệu và ví dụ cụ thể ở phần " + (k + 1) + ".",
                                ts(at.minusDays(11 - k))
                            });
                        }
                    }
                }
            }
        }
        batch(
                "insert into annual_plan (id, version, cell_id, plan_year, status, approved_by, approved_at, published_by,"
                        + " published_at, created_at) values (?, 0, ?, ?, 'PUBLISHED', 'bt', ?, 'bt', ?, ?)",
                plans);
        batch(
                "insert into plan_topic (id, version, plan_id, title, category_id, target_month, presenter_id, in_charge_id,"
                        + " created_at) values (?, 0, ?, ?, (select id from topic_category where code = ?), ?, ?, ?, current_timestamp)",
                topics);
        batch(
                "insert into meeting (id, version, cell_id, meeting_type, scheduled_at, duration_minutes, place, status, topic_id,"
                        + " title, from_rule, created_at, updated_at) values (?, 0, ?, ?, ?, 120, 'Nhà văn hóa', ?, ?, ?, true,"
                        + " current_timestamp, current_timestamp)",
                meetings);
        batch(
                "insert into meeting_record (id, version, meeting_id, cell_id, agenda, chair_member_id, chair_name, taker_member_id,"
                        + " taker_name, opened_at, closed_at, content, conclusion, resolution, quality,"
                        + " notified_at, saved_by, saved_at, locked_by, locked_at, search_text) values (?, 3, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                records);
        batch(
                "insert into vote (record_id, position, matter, subject, method, for_count, against_count, other_count, base,"
                        + " closed_at) values (?, 1, 'MINUTES', '', 'HAND', ?, 0, 0, ?, ?)",
                votes);
        votes.clear();
        batch(
                "insert into opinion (id, record_id, position, member_id, speaker, text) values (?, ?, ?, ?, ?, ?)",
                opinions);
        batch(
                "insert into evaluation (id, version, record_id, presenter_id, strengths, shortcomings, rating, evaluated_by,"
                        + " evaluated_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?)",
                evaluations);
        batch(
                "insert into commendation (id, cell_id, record_id, member_id, member_name, kind, reason, awarded_on, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                commendations);
        batch(
                "insert into draft (id, version, topic_id, cell_id, author_id, status, body_html, saved_by, saved_at,"
                        + " latest_number, reviewed_by, reviewed_at, search_text) values (?, 0, ?, ?, ?, 'PRESENTED', ?, 'tac-gia', ?, 2,"
                        + " 'bt', ?, ?)",
                drafts);
        batch(
                "insert into draft_version (id, draft_id, number, body_html, submitted_by, submitted_at) values (?, ?, ?, ?,"
                        + " 'tac-gia', ?)",
                versions);
        batch(
                "insert into draft_comment (id, version, draft_id, version_number, author_member_id, author_name, body,"
                        + " created_at) values (?, 0, ?, ?, ?, ?, ?, ?)",
                comments);
        if (attendanceRows.size() > 20_000) {
            flushAttendance();
        }
    }

    private void meeting(
            long cell,
            long first,
            int count,
            List<Object[]> members,
            LocalDateTime at,
            String type,
            Long topic,
            String title,
            Long presenter,
            boolean past,
            List<Object[]> meetings,
            List<Object[]> records,
            List<Object[]> opinions,
            List<Object[]> evaluations,
            List<Object[]> commendations) {
        long meeting = nextMeeting++;
        meetings.add(
                new Object[] {meeting, cell, type, Timestamp.valueOf(at), past ? "LOCKED" : "PLANNED", topic, title});
        if (!past) {
            return;
        }
        long record = nextRecord++;
        String chair = name(members, first);
        String taker = name(members, first + 1);
        int present = 0;
        for (int i = 0; i < count; i++) {
            long member = first + i;
            boolean newMember = i == count - 1 && at.toLocalDate().isBefore(today.minusMonths(6));
            if (newMember) {
                continue; // the probationary member was admitted six months ago
            }
            int roll = (int) ((meeting * 31 + i * 7) % 20);
            String status = roll == 0 ? "EXCUSED" : roll == 1 ? "UNEXCUSED" : roll == 2 ? "LATE" : "PRESENT";
            if (!status.endsWith("EXCUSED")) {
                present++;
            }
            attendanceRows.add(new Object[] {
                nextAttendance++,
                record,
                member,
                name(members, member),
                i != count - 1,
                status,
                status.equals("EXCUSED") ? "Đi công tác" : null
            });
        }
        OffsetDateTime closed = at.plusMinutes(110).atOffset(ZoneOffset.ofHours(7));
        String content = "Đồng chí bí thư đánh giá kết quả thực hiện nhiệm vụ tháng " + at.getMonthValue() + "/"
                + at.getYear() + (title == null ? "" : "; chuyên đề “" + title + "”") + ".";
        String conclusion = "Chi bộ hoàn thành tốt nhiệm vụ; thống nhất phương hướng tháng tới.";
        String resolution = "Chi bộ thống nhất thông qua nghị quyết.";
        StringBuilder search = new StringBuilder(title == null ? "" : title)
                .append(' ')
                .append(content)
                .append(' ')
                .append(conclusion)
                .append(' ')
                .append(resolution);
        for (int k = 0; k < 2; k++) {
            long speaker = first + ((meeting + k * 3) % count);
            String text =
                    k == 0 ? "Đề nghị phân công rõ người phụ trách từng việc." : "Thống nhất với báo cáo của chi ủy.";
            opinions.add(new Object[] {nextOpinion++, record, k, speaker, name(members, speaker), text});
            search.append(' ').append(name(members, speaker)).append(' ').append(text);
        }
        records.add(new Object[] {
            record,
            meeting,
            cell,
            "1. Kiểm diện\n2. Nội dung\n3. Kết luận",
            first,
            chair,
            first + 1,
            taker,
            Timestamp.valueOf(at),
            Timestamp.valueOf(at.plusMinutes(110)),
            content,
            conclusion,
            resolution,
            meeting % 4 == 3 ? "KHA" : "TOT",
            ts(at.minusDays(3).atOffset(ZoneOffset.ofHours(7))),
            chair,
            ts(closed),
            chair,
            ts(closed.plusMinutes(5)),
            Vietnamese.fold(search.toString())
        });
        votes.add(new Object[] {record, present, present, ts(closed)});
        if (presenter != null) {
            evaluations.add(new Object[] {
                nextEvaluation++,
                record,
                presenter,
                "Chuẩn bị chu đáo, trình bày mạch lạc.",
                "Phần giải pháp cần cụ thể hơn.",
                meeting % 3 == 0 ? "Xuất sắc" : "Tốt",
                chair,
                ts(closed)
            });
            if (meeting % 3 == 0) {
                commendations.add(new Object[] {
                    nextCommendation++,
                    cell,
                    record,
                    presenter,
                    name(members, presenter),
                    "PRAISE",
                    "Trình bày xuất sắc chuyên đề “" + title + "”",
                    at.toLocalDate(),
                    chair,
                    ts(closed)
                });
            }
        }
    }

    private String name(List<Object[]> members, long id) {
        // members were added in id order from the first id on
        long base = (long) members.getFirst()[0];
        return (String) members.get((int) (id - base))[2];
    }

    private void flushAttendance() {
        batch(
                "insert into attendance (id, version, record_id, member_id, member_name, full_member, exempted, status, reason)"
                        + " values (?, 0, ?, ?, ?, ?, false, ?, ?)",
                attendanceRows);
        attendanceRows.clear();
    }

    private long org(Long parent, String parentPath, String kind, String name, String place) {
        long id = nextOrg++;
        jdbc.update(
                "insert into party_organization (id, version, parent_id, kind, name, place, path, active, created_at)"
                        + " values (?, 0, ?, ?, ?, ?, ?, true, ?)",
                id,
                parent,
                kind,
                name,
                place,
                parentPath + id + "/",
                ts(now));
        rowCount++;
        return id;
    }

    private void account(String username, String name, String role, Long org, Long member, String hash) {
        accounts.add(new Object[] {nextAccount++, username, hash, name, role, org, member, ts(now)});
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 5000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 5000)));
        }
        rowCount += rows.size();
    }

    private static Timestamp ts(OffsetDateTime t) {
        return Timestamp.from(t.toInstant());
    }

    private static Timestamp ts(LocalDateTime t) {
        return Timestamp.valueOf(t);
    }

    /** The explicit ids above bypassed the identity columns: the next row the application inserts must not collide. */
    private void restartIdentities() {
        boolean postgres = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName())
                .toLowerCase()
                .contains("postgres");
        for (String table : List.of(
                "party_organization",
                "member",
                "membership",
                "user_account",
                "annual_plan",
                "plan_topic",
                "meeting_rule",
                "meeting",
                "meeting_record",
                "attendance",
                "opinion",
                "evaluation",
                "commendation",
                "draft",
                "draft_version",
                "draft_comment")) {
            Long max = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
            if (postgres) {
                jdbc.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + max + ", false)");
            } else {
                jdbc.execute("alter table " + table + " alter column id restart with " + max);
            }
        }
    }
}
