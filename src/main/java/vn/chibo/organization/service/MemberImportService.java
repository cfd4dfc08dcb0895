package vn.chibo.organization.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberRepository;
import vn.chibo.organization.domain.PartyOrganizationRepository;
import vn.chibo.organization.domain.Position;

/**
 * Importing a member list from .xlsx/.csv: a preview with every row's problems first, then all rows in one
 * transaction or none. Also the export of the list (and an empty template) in the same layout.
 */
@Service
@Transactional
public class MemberImportService {

    private final MemberService memberService;
    private final MemberRepository members;
    private final PartyOrganizationRepository organizations;
    private final AuditService audit;
    private final Clock clock;

    MemberImportService(
            MemberService memberService,
            MemberRepository members,
            PartyOrganizationRepository organizations,
            AuditService audit,
            Clock clock) {
        this.memberService = memberService;
        this.members = members;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("@access.canManageCell(#cellId)")
    @Transactional(readOnly = true)
    public ImportPreview preview(long cellId, String fileName, byte[] content) {
        List<ImportRow> rows = MemberSheetReader.read(fileName, content, LocalDate.now(clock));
        return new ImportPreview(cellId, fileName, markDuplicates(cellId, rows));
    }

    /** Saves every row of a clean preview, or nothing. Returns how many members were added. */
    @PreAuthorize("@access.canManageCell(#preview.cellId())")
    public int commit(ImportPreview preview) {
        // re-check against the database as it is now: someone may have added members since the preview
        List<ImportRow> rows = markDuplicates(preview.cellId(), preview.rows());
        if (rows.isEmpty() || rows.stream().anyMatch(r -> !r.ok())) {
            throw new BusinessException("import.error.hasProblems");
        }
        for (ImportRow row : rows) {
            memberService.create(preview.cellId(), row.data());
        }
        audit.record(
                "MEMBERS_IMPORTED",
                "PartyOrganization",
                preview.cellId(),
                preview.cellId(),
                preview.fileName() + ": " + rows.size());
        return rows.size();
    }

    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public byte[] exportXlsx(long cellId) {
        String cellName = organizations.findById(cellId).map(o -> o.getName()).orElse("");
        String title = "DANH SÁCH ĐẢNG VIÊN — " + cellName.toUpperCase(Locale.ROOT);
        return MemberSheetWriter.write(title, memberService.activeMembers(cellId));
    }

    /** An empty list with the expected columns, for secretaries who start from scratch. */
    @PreAuthorize("isAuthenticated()")
    public byte[] template() {
        return MemberSheetWriter.write("DANH SÁCH ĐẢNG VIÊN", List.of());
    }

    private List<ImportRow> markDuplicates(long cellId, List<ImportRow> rows) {
        Set<String> existing = new HashSet<>();
        Map<Position, Long> leaders = new EnumMap<>(Position.class);
        for (Member m : members.findActiveInCell(cellId)) {
            existing.add(key(m.getFullName(), m.getBirthDate()));
            leaders.merge(m.getPosition(), 1L, Long::sum);
        }
        rows.forEach(r -> leaders.merge(
                r.data().getPosition() == null ? Position.DANG_VIEN : r.data().getPosition(), 1L, Long::sum));
        Set<String> inFile = new HashSet<>();
        List<ImportRow> checked = new ArrayList<>();
        for (ImportRow row : rows) {
            List<ImportRow.Problem> problems = new ArrayList<>(row.problems().stream()
                    .filter(p -> !p.messageKey().startsWith("import.error.duplicate"))
                    .toList());
            String key = key(row.data().getFullName(), row.data().getBirthDate());
            if (existing.contains(key)) {
                problems.add(new ImportRow.Problem(
                        "import.error.duplicateExisting", row.data().getFullName()));
            } else if (!inFile.add(key)) {
                problems.add(new ImportRow.Problem(
                        "import.error.duplicateInFile", row.data().getFullName()));
            }
            List<ImportRow.Problem> warnings = new ArrayList<>(row.warnings().stream()
                    .filter(w -> !w.messageKey().startsWith("import.warning.second"))
                    .toList());
            // a cell has one bí thư and usually one phó bí thư: a second one is most likely a slip in the file
            Position position = row.data().getPosition();
            if ((position == Position.BI_THU || position == Position.PHO_BI_THU) && leaders.get(position) > 1) {
                warnings.add(new ImportRow.Problem(
                        position == Position.BI_THU ? "import.warning.secondSecretary" : "import.warning.secondDeputy",
                        String.valueOf(leaders.get(position))));
            }
            checked.add(new ImportRow(row.rowNumber(), row.data(), List.copyOf(problems), List.copyOf(warnings)));
        }
        return checked;
    }

    private static String key(String fullName, @Nullable LocalDate birthDate) {
        return Vietnamese.fold(fullName) + "|" + birthDate;
    }
}
