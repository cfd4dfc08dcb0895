package vn.chibo.minutes.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.minutes.domain.QualityFrame;
import vn.chibo.minutes.domain.QualityFrameRepository;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.security.service.CurrentUser;

/**
 * The criteria frame meetings are scored by. The product's default frame applies unless the cell's upper committee
 * keeps its own copy, which it (or an administrator) adjusts for all its cells.
 */
@Service
@Transactional
public class QualityFrameService {

    private final QualityFrameRepository frames;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    QualityFrameService(
            QualityFrameRepository frames,
            OrganizationService organizations,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.frames = frames;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The frame a cell's meetings are scored by: its parent committee's own, else the default. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public QualityFrameRow forCell(long cellId) {
        Long parent = organizations.get(cellId).parentId();
        return view((parent == null ? Optional.<QualityFrame>empty() : frames.findByOrganizationId(parent))
                .orElseGet(this::defaultFrame));
    }

    /** The frame a committee's cells use: its own copy, or the default when it has none (version -1). */
    @PreAuthorize("@access.canAdministerOrganization(#committeeId) and hasAnyRole('ADMIN', 'COMMITTEE')")
    @Transactional(readOnly = true)
    public QualityFrameRow ofCommittee(long committeeId) {
        return frames.findByOrganizationId(committeeId)
                .map(this::view)
                .orElseGet(() -> withVersion(view(defaultFrame()), -1));
    }

    /**
     * New labels and points (by criterion code) for the committee's cells; the first save makes the committee's
     * own copy of the default. The points must add up to 100.
     */
    @PreAuthorize("@access.canAdministerOrganization(#committeeId) and hasAnyRole('ADMIN', 'COMMITTEE')")
    public QualityFrameRow save(
            long committeeId, long expectedVersion, Map<String, String> labels, Map<String, Integer> points) {
        OrganizationInfo org = organizations.get(committeeId);
        if (org.isCell()) {
            throw new BusinessException("quality.error.notCommittee");
        }
        String by = currentUser.require().displayName();
        QualityFrame frame = frames.findByOrganizationId(committeeId).orElse(null);
        if (frame == null) {
            if (expectedVersion >= 0) {
                throw new ConcurrentEditException();
            }
            frame = defaultFrame().copyFor(committeeId, by, clock.instant());
        } else if (frame.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        frame.revise(new HashMap<>(labels), new HashMap<>(points), by, clock.instant());
        frame = frames.saveAndFlush(frame);
        audit.record(
                "QUALITY_FRAME_SAVED",
                "QualityFrame",
                frame.getId(),
                committeeId,
                String.join(
                        ", ",
                        frame.getCriteria().stream()
                                .map(c -> c.getCode() + "=" + c.getMaxPoints())
                                .toList()));
        return view(frame);
    }

    /** The committee's cells go back to the default frame (sheets already saved keep their points). */
    @PreAuthorize("@access.canAdministerOrganization(#committeeId) and hasAnyRole('ADMIN', 'COMMITTEE')")
    public QualityFrameRow useDefault(long committeeId) {
        frames.findByOrganizationId(committeeId).ifPresent(f -> {
            frames.delete(f);
            frames.flush();
            audit.record("QUALITY_FRAME_DEFAULT", "QualityFrame", f.getId(), committeeId, null);
        });
        return ofCommittee(committeeId);
    }

    /** The committees the caller may adjust a frame for (its own đảng bộ; every one for an administrator). */
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMITTEE')")
    @Transactional(readOnly = true)
    public List<OrganizationInfo> committees() {
        return organizations.administeredTree().stream()
                .filter(o -> !o.isCell())
                .toList();
    }

    private QualityFrame defaultFrame() {
        return frames.findDefault().orElseThrow(() -> new IllegalStateException("no default quality frame (V9)"));
    }

    private QualityFrameRow view(QualityFrame f) {
        return new QualityFrameRow(
                f.getOrganizationId(),
                f.getVersion(),
                f.getCriteria().stream()
                        .map(c -> new QualityFrameRow.Criterion(
                                c.getCode(), c.getLabel(), c.getMaxPoints(), c.getAutoKey(), c.isRequiredForGood()))
                        .toList(),
                f.getSavedBy(),
                f.getSavedAt());
    }

    private static QualityFrameRow withVersion(QualityFrameRow v, long version) {
        return new QualityFrameRow(v.organizationId(), version, v.criteria(), v.savedBy(), v.savedAt());
    }
}
