package vn.chibo.plan.service;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.base.i18n.Message;
import vn.chibo.base.i18n.Translations;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.plan.domain.AnnualPlan;
import vn.chibo.plan.domain.PlanTopic;
import vn.chibo.plan.domain.PlanTopicRepository;
import vn.chibo.plan.domain.TopicCategoryRepository;
import vn.chibo.plan.domain.TopicLibraryItem;
import vn.chibo.plan.domain.TopicLibraryItemRepository;
import vn.chibo.security.service.CurrentUser;

/**
 * The topic library a đảng bộ shares with its cells: the committee suggests topics for a year and publishes
 * them; a cell's secretary adds the ones they want to their plan.
 */
@Service
@Transactional
public class TopicLibraryService {

    private final TopicLibraryItemRepository items;
    private final TopicCategoryRepository categories;
    private final PlanTopicRepository topics;
    private final PlanService planService;
    private final CellLookup organizations;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Translations text;

    TopicLibraryService(
            TopicLibraryItemRepository items,
            TopicCategoryRepository categories,
            PlanTopicRepository topics,
            PlanService planService,
            CellLookup organizations,
            CurrentUser currentUser,
            AuditService audit,
            Translations text) {
        this.text = text;
        this.items = items;
        this.categories = categories;
        this.topics = topics;
        this.planService = planService;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The committee's own suggestions for a year, published or not. */
    @PreAuthorize("@access.canAdministerOrganization(#committeeId)")
    @Transactional(readOnly = true)
    public List<TopicLibraryItem> ofCommittee(long committeeId, int year) {
        return items.findByCommitteeAndYear(committeeId, year);
    }

    @PreAuthorize("@access.canAdministerOrganization(#committeeId)")
    public TopicLibraryItem add(
            long committeeId,
            int year,
            String title,
            @Nullable Long categoryId,
            @Nullable String goals,
            @Nullable Integer quarter) {
        PartyOrganization committee = organizations.organization(committeeId);
        if (committee.isCell()) {
            throw new BusinessException("library.error.notCommittee");
        }
        String clean = Vietnamese.clean(title);
        if (clean.isEmpty()) {
            throw new BusinessException("plan.error.titleRequired");
        }
        if (clean.length() > PlanService.MAX_TITLE || (goals != null && goals.length() > 4000)) {
            throw new BusinessException("error.tooLong", PlanService.MAX_TITLE);
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new BusinessException("library.error.quarter");
        }
        TopicLibraryItem item = new TopicLibraryItem(
                committee, year, clean, currentUser.require().username());
        item.setCategory(
                categoryId == null
                        ? null
                        : categories
                                .findById(categoryId)
                                .orElseThrow(() -> new BusinessException("plan.error.category")));
        item.setGoals(goals == null || goals.isBlank() ? null : goals.strip());
        item.setSuggestedQuarter(quarter);
        items.save(item);
        audit.record("LIBRARY_TOPIC_ADDED", "TopicLibraryItem", item.getId(), committeeId, clean);
        return item;
    }

    @PreAuthorize("@access.canAdministerOrganization(#committeeId)")
    public int publish(long committeeId, int year) {
        List<TopicLibraryItem> unpublished = items.findByCommitteeAndYear(committeeId, year).stream()
                .filter(i -> !i.isPublished())
                .toList();
        unpublished.forEach(i -> i.setPublished(true));
        audit.record(
                "LIBRARY_PUBLISHED", "PartyOrganization", committeeId, committeeId, year + ": " + unpublished.size());
        return unpublished.size();
    }

    @PreAuthorize("@access.canAdministerOrganization(#committeeId)")
    public void delete(long committeeId, long itemId) {
        TopicLibraryItem item = items.findById(itemId)
                .filter(i -> i.getCommittee().getId().equals(committeeId))
                .orElseThrow(() -> new NotFoundException("libraryItem", itemId));
        items.delete(item);
    }

    /** What the committees above a cell have published for a year. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public List<TopicLibraryItem> availableTo(long cellId, int year) {
        PartyOrganization cell = organizations.cell(cellId);
        List<Long> above = Arrays.stream(cell.getPath().split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .filter(id -> !id.equals(cellId))
                .toList();
        return above.isEmpty() ? List.of() : items.findPublished(above, year);
    }

    /** Adds library topics to a plan, in the middle month of their suggested quarter (or the first month). */
    @PreAuthorize("@planAccess.canManagePlan(#planId)")
    public int addToPlan(long planId, List<Long> itemIds) {
        AnnualPlan plan = planService.load(planId);
        List<TopicLibraryItem> allowed = availableTo(plan.getCell().requireId(), plan.getYear());
        int added = 0;
        for (Long id : itemIds) {
            TopicLibraryItem item = allowed.stream()
                    .filter(i -> i.getId().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("libraryItem", id));
            int month = item.getSuggestedQuarter() == null ? 1 : (item.getSuggestedQuarter() - 1) * 3 + 2;
            PlanTopic topic = new PlanTopic(plan, item.getTitle(), month);
            topic.setCategory(item.getCategory());
            topic.setGoals(item.getGoals());
            topic.setNotes(text.vi("plan.fromLibraryNote", item.getCommittee().getName()));
            topics.save(topic);
            planService.logChange(plan, topic.getId(), Message.of("plan.log.fromLibrary", topic.getTitle()));
            added++;
        }
        return added;
    }
}
