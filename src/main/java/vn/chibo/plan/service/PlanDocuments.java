package vn.chibo.plan.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.i18n.Translations;
import vn.chibo.document.PartyDocument;
import vn.chibo.document.SheetWriter;
import vn.chibo.document.VietnameseDates;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.plan.domain.AnnualPlan;

/**
 * The annual plan as the cell prints it: "KẾ HOẠCH sinh hoạt chuyên đề năm …" in the Party's document format
 * (.docx), and the same topics as a spreadsheet (.xlsx). Documents are Vietnamese whatever the user's language.
 */
@Service
@Transactional(readOnly = true)
public class PlanDocuments {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanService plans;
    private final Translations text;
    private final Clock clock;

    PlanDocuments(PlanService plans, Translations text, Clock clock) {
        this.plans = plans;
        this.text = text;
        this.clock = clock;
    }

    @PreAuthorize("@planAccess.canReadPlan(#planId)")
    public byte[] planDocx(long planId) {
        AnnualPlan plan = plans.load(planId);
        PartyOrganization cell = plan.getCell();
        PartyOrganization parent = cell.getParent();
        List<TopicRow> topics = plans.topics(planId);
        // the published plan carries its number and publication date; a draft printout a blank number and today
        var number = plans.number(planId);
        LocalDate date = number.map(n -> n.issuedOn()).orElseGet(() -> LocalDate.now(clock));
        String place = cell.getPlace() != null
                ? cell.getPlace()
                : parent != null && parent.getPlace() != null ? parent.getPlace() : "";

        PartyDocument doc = PartyDocument.a4()
                .header(
                        parent == null ? "" : parent.getName(),
                        cell.getName(),
                        number.map(n -> n.printed()).orElseGet(() -> text.vi("doc.register.blank", "KH", "CB")),
                        VietnameseDates.placeAndDate(place, date))
                .title(text.vi("doc.plan.type"), text.vi("doc.plan.summary", plan.getYear()))
                .heading(text.vi("doc.plan.purpose"))
                .paragraph(text.vi("doc.plan.purpose1"))
                .paragraph(text.vi("doc.plan.purpose2"))
                .heading(text.vi("doc.plan.content"))
                .paragraph(text.vi("doc.plan.contentIntro", topics.size(), plan.getMinThematicPerQuarter()));
        doc.groupedTable(
                List.of(
                        "STT",
                        text.vi("doc.plan.col.time"),
                        text.vi("doc.plan.col.topic"),
                        text.vi("doc.plan.col.goals"),
                        text.vi("doc.plan.col.presenter"),
                        text.vi("doc.plan.col.inCharge"),
                        text.vi("doc.plan.col.notes")),
                byCategory(topics),
                new int[] {9, 10, 22, 22, 15, 12, 10},
                12);
        doc.heading(text.vi("doc.plan.organisation"))
                .paragraph(text.vi("doc.plan.organisation1"))
                .paragraph(text.vi("doc.plan.organisation2"))
                .paragraph(text.vi("doc.plan.organisation3"));
        if (plan.getNotes() != null) {
            doc.paragraph(plan.getNotes());
        }
        doc.recipientsAndSignature(
                text.vi("doc.recipients"),
                List.of(text.vi("doc.plan.recipients").split("\n")),
                new PartyDocument.SignatureBlock(
                        List.of(text.vi("doc.onBehalfOfCell"), text.vi("doc.secretary")), null, secretaryName(plan)));
        return doc.pageNumbers().toBytes();
    }

    @PreAuthorize("@planAccess.canReadPlan(#planId)")
    public byte[] planXlsx(long planId) {
        AnnualPlan plan = plans.load(planId);
        List<List<Object>> rows = new ArrayList<>();
        int i = 1;
        for (TopicRow t : plans.topics(planId)) {
            rows.add(List.of(
                    i++,
                    t.month(),
                    t.quarter(),
                    t.title(),
                    t.categoryName() == null ? "" : t.categoryName(),
                    t.goals() == null ? "" : t.goals(),
                    t.presenterName() == null ? "" : t.presenterName(),
                    t.mentorName() == null ? "" : t.mentorName(),
                    t.inChargeName() == null ? "" : t.inChargeName(),
                    t.notes() == null ? "" : t.notes()));
        }
        try (SheetWriter sheets = new SheetWriter()) {
            return sheets.sheet(
                            text.vi("doc.plan.sheet", plan.getYear()),
                            text.vi("doc.plan.type") + " " + text.vi("doc.plan.summary", plan.getYear()) + " — "
                                    + plan.getCell().getName(),
                            List.of(
                                    "STT",
                                    text.vi("doc.plan.col.month"),
                                    text.vi("doc.plan.col.quarter"),
                                    text.vi("doc.plan.col.topic"),
                                    text.vi("doc.plan.col.category"),
                                    text.vi("doc.plan.col.goals"),
                                    text.vi("doc.plan.col.presenter"),
                                    text.vi("doc.plan.col.mentor"),
                                    text.vi("doc.plan.col.inCharge"),
                                    text.vi("doc.plan.col.notes")),
                            rows,
                            new int[] {6, 8, 6, 45, 30, 45, 24, 24, 24, 30})
                    .toBytes();
        }
    }

    /**
     * The topics by category, each category named once on a row of its own (in the order the categories first
     * come in the year), topics without one first; numbered through.
     */
    private List<PartyDocument.TableGroup> byCategory(List<TopicRow> topics) {
        Map<String, List<List<String>>> groups = new LinkedHashMap<>();
        groups.put("", new ArrayList<>());
        for (TopicRow t : topics) {
            groups.computeIfAbsent(t.categoryName() == null ? "" : t.categoryName(), k -> new ArrayList<>());
        }
        int i = 1;
        for (var group : groups.entrySet()) {
            for (TopicRow t : topics) {
                if (group.getKey().equals(t.categoryName() == null ? "" : t.categoryName())) {
                    String presenter = t.presenterName() == null
                            ? ""
                            : t.presenterName()
                                    + (t.mentorName() == null ? "" : "\n" + text.vi("doc.plan.mentor", t.mentorName()));
                    group.getValue()
                            .add(List.of(
                                    String.valueOf(i++),
                                    text.vi("doc.plan.monthCell", t.month(), t.quarter()),
                                    t.title(),
                                    t.goals() == null ? "" : t.goals(),
                                    presenter,
                                    t.inChargeName() == null ? "" : t.inChargeName(),
                                    t.notes() == null ? "" : t.notes()));
                }
            }
        }
        return groups.entrySet().stream()
                .filter(g -> !g.getValue().isEmpty())
                .map(g -> new PartyDocument.TableGroup(g.getKey().isEmpty() ? null : g.getKey(), g.getValue()))
                .toList();
    }

    private String secretaryName(AnnualPlan plan) {
        return plans.secretaryOf(plan.getCell().requireId()).orElse("");
    }
}
