package vn.chibo.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.organization.domain.OrganizationKind;
import vn.chibo.organization.domain.PartyOrganization;

/** The plan's life (draft → approved → published, back to draft before publication) and its settings, no Spring. */
class AnnualPlanTest {

    private static final Instant AT = Instant.parse("2026-01-05T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    private static AnnualPlan plan() {
        return new AnnualPlan(new PartyOrganization(null, OrganizationKind.CHI_BO, "Chi bộ 1", null), 2026);
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo(key);
    }

    @Test
    void aDraftWithTopicsIsApprovedThenPublished() {
        AnnualPlan plan = plan();
        plan.approve(true, "bithu", AT);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.getApprovedBy()).isEqualTo("bithu");
        plan.publish("bithu", AT.plusSeconds(60), DAY, DAY);
        assertThat(plan.isPublished()).isTrue();
        assertThat(plan.getPublishedAt()).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void aPlanWithoutTopicsIsNeverApproved() {
        AnnualPlan plan = plan();
        refused(() -> plan.approve(false, "bithu", AT), "plan.error.empty");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void onlyADraftIsApproved() {
        AnnualPlan plan = plan();
        plan.approve(true, "bithu", AT);
        refused(() -> plan.approve(true, "bithu", AT), "plan.error.notDraft");
        plan.publish("bithu", AT, DAY, DAY);
        refused(() -> plan.approve(true, "bithu", AT), "plan.error.notDraft");
    }

    @Test
    void onlyAnApprovedPlanIsPublishedOrReopened() {
        AnnualPlan plan = plan();
        refused(() -> plan.publish("bithu", AT, DAY, DAY), "plan.error.notApproved");
        refused(plan::reopen, "plan.error.notApproved");
        plan.approve(true, "bithu", AT);
        plan.reopen();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.getApprovedBy()).isNull();
        plan.approve(true, "bithu", AT);
        plan.publish("bithu", AT, DAY, DAY);
        refused(plan::reopen, "plan.error.notApproved");
        refused(() -> plan.publish("bithu", AT, DAY, DAY), "plan.error.notApproved");
    }

    @Test
    void aPlanIsDatedTodayOrEarlierNeverADayToCome() {
        AnnualPlan plan = plan();
        plan.approve(true, "bithu", AT);
        refused(() -> plan.publish("bithu", AT, DAY.plusDays(1), DAY), "register.error.futureDate");
        assertThat(plan.getStatus()).as("a refusal changes nothing").isEqualTo(PlanStatus.APPROVED);
        plan.publish("bithu", AT, DAY.minusDays(20), DAY);
        assertThat(plan.isPublished()).isTrue();
    }

    @Test
    void settingsAndNotesAreCheckedBeforeAnyIsChanged() {
        AnnualPlan plan = plan();
        plan.configure(3, 12, 10, false, "  họp chi bộ ngày 5  ");
        assertThat(plan.getMaxPerMember()).isEqualTo(12);
        assertThat(plan.getNotes()).isEqualTo("họp chi bộ ngày 5");
        refused(() -> plan.configure(4, 2, 3, true), "plan.error.settings");
        refused(() -> plan.configure(1, 13, 3, true), "plan.error.settings");
        refused(() -> plan.configure(1, 2, 0, true), "plan.error.settings");
        refused(() -> plan.configure(-1, 2, 3, true), "plan.error.settings");
        refused(() -> plan.configure(1, 2, 3, true, "x".repeat(AnnualPlan.MAX_NOTES + 1)), "error.tooLong");
        assertThat(plan.getMinThematicPerQuarter())
                .as("a refused change leaves the settings")
                .isEqualTo(3);
        assertThat(plan.getNotes()).isEqualTo("họp chi bộ ngày 5");
        plan.configure(1, 2, 3, true);
        assertThat(plan.getNotes()).as("kept when only the settings change").isEqualTo("họp chi bộ ngày 5");
        plan.configure(1, 2, 3, true, "   ");
        assertThat(plan.getNotes()).as("blank notes are none").isNull();
    }
}
