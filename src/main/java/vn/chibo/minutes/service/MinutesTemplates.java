package vn.chibo.minutes.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.i18n.Translations;
import vn.chibo.document.DocxTemplate;
import vn.chibo.document.PartyDocument;
import vn.chibo.files.FileNames;
import vn.chibo.files.FileStore;
import vn.chibo.minutes.domain.DocumentTemplate;
import vn.chibo.minutes.domain.DocumentTemplateRepository;
import vn.chibo.security.service.CurrentUser;

/**
 * The minutes' Word template: the built-in one (made by the code in the Party's format, with placeholders), or
 * a cell's own upload, checked so that every placeholder it names is one the minutes offer.
 */
@Service
@Transactional
public class MinutesTemplates {

    /** The values a minutes template may name. */
    public static final Set<String> VALUES = Set.of(
            "cell.name",
            "cell.name_upper",
            "cell.parent",
            "cell.parent_upper",
            "cell.place",
            "meeting.summary",
            "meeting.date",
            "meeting.opened",
            "meeting.scheduled",
            "meeting.closed",
            "meeting.place",
            "meeting.duration",
            "attendance.total",
            "attendance.full",
            "attendance.probationary",
            "attendance.exempted",
            "attendance.exempted_names",
            "attendance.expected",
            "attendance.present",
            "attendance.full_present",
            "attendance.probationary_present",
            "attendance.late",
            "attendance.excused",
            "attendance.excused_names",
            "attendance.unexcused",
            "attendance.unexcused_names",
            "vote.base",
            "vote.voters",
            "chair",
            "chair.position",
            "taker",
            "taker.position",
            "agenda",
            "content",
            "conclusion",
            "approved",
            "approval_total",
            "adoption.method",
            "quality",
            "minutes.number");
    /** The lists (repeated paragraphs or table rows) and their fields. */
    public static final Map<String, Set<String>> LISTS = MeetingTaskLines.withTaskLists(Map.ofEntries(
            Map.entry("guests", Set.of("text")),
            Map.entry("presentation", Set.of("presenter", "topic", "line")),
            Map.entry("has_opinions", Set.of()),
            Map.entry("opinions", Set.of("speaker", "text")),
            Map.entry("resolution", Set.of("text")),
            Map.entry("evaluation", Set.of("presenter", "presenter_upper", "strengths", "shortcomings", "rating")),
            Map.entry("has_commendations", Set.of()),
            Map.entry("commendations", Set.of("line")),
            Map.entry("addenda", Set.of("line")),
            Map.entry("attendees", Set.of("name", "status")),
            Map.entry("out_of_base", Set.of("count", "names")),
            Map.entry("materials", Set.of("text")),
            Map.entry("has_votes", Set.of()),
            Map.entry("votes", Set.of("line")),
            Map.entry("reminders", Set.of("text"))));

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private final DocumentTemplateRepository templates;
    private final FileStore store;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Translations text;
    private final Clock clock;
    private volatile byte @Nullable [] builtIn;
    private volatile @Nullable DocxTemplate builtInTemplate;

    MinutesTemplates(
            DocumentTemplateRepository templates,
            FileStore store,
            AuditService audit,
            CurrentUser currentUser,
            Translations text,
            Clock clock) {
        this.templates = templates;
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.text = text;
        this.clock = clock;
    }

    /** The built-in template, to download as a starting point for a cell's own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] builtIn() {
        return builtInBytes().clone();
    }

    /** Made once: the layout never changes while the application runs. */
    private byte[] builtInBytes() {
        byte[] made = builtIn;
        if (made == null) {
            made = makeBuiltIn();
            builtIn = made;
        }
        return made;
    }

    private byte[] makeBuiltIn() {
        PartyDocument d = PartyDocument.a4()
                .header(
                        "{{cell.parent_upper}}",
                        "{{cell.name_upper}}",
                        "{{minutes.number}}",
                        "{{cell.place}}, {{meeting.date}}")
                .title(text.vi("doc.minutes.type"), "{{meeting.summary}}")
                .paragraph(text.vi(
                        "doc.minutes.opened", "{{meeting.opened}}", "{{meeting.date}}", "{{meeting.scheduled}}"))
                .labelled(text.vi("doc.minutes.place"), "{{meeting.place}}")
                .heading(text.vi("doc.minutes.attendance"))
                .paragraph(text.vi(
                        "doc.minutes.total",
                        "{{attendance.total}}",
                        "{{attendance.full}}",
                        "{{attendance.probationary}}",
                        "{{attendance.exempted}}",
                        "{{attendance.exempted_names}}",
                        "{{attendance.expected}}"))
                .paragraph(text.vi(
                        "doc.minutes.present",
                        "{{attendance.present}}",
                        "{{attendance.full_present}}",
                        "{{attendance.probationary_present}}",
                        "{{attendance.late}}"))
                .paragraph(text.vi("doc.minutes.excused", "{{attendance.excused}}", "{{attendance.excused_names}}"))
                .paragraph(
                        text.vi("doc.minutes.unexcused", "{{attendance.unexcused}}", "{{attendance.unexcused_names}}"))
                .paragraph("{{#out_of_base}}"
                        + text.vi("doc.minutes.outOfBase", "{{out_of_base.count}}", "{{out_of_base.names}}"))
                .paragraph(text.vi("doc.minutes.base", "{{vote.base}}", "{{vote.voters}}"))
                .labelled(text.vi("doc.minutes.guests"), "{{#guests}}{{guests.text}}")
                .labelled(
                        text.vi("doc.minutes.chair"),
                        text.vi("doc.minutes.comrade", "{{chair}}") + "{{chair.position}}")
                .labelled(
                        text.vi("doc.minutes.taker"),
                        text.vi("doc.minutes.comrade", "{{taker}}") + "{{taker.position}}")
                .labelled(text.vi("doc.minutes.materials"), "{{#materials}}{{materials.text}}")
                .heading(text.vi("doc.minutes.content"))
                .paragraph(text.vi("doc.minutes.agenda"))
                .paragraph("{{agenda}}")
                .paragraph("{{#presentation}}{{presentation.line}}")
                .paragraph("{{content}}")
                .heading("{{#has_review}}" + text.vi("doc.minutes.review"))
                .item("{{#review}}{{review.line}}")
                .paragraph("{{#has_opinions}}" + text.vi("doc.minutes.opinions"))
                .item("{{#opinions}}" + text.vi("doc.minutes.opinion", "{{opinions.speaker}}", "{{opinions.text}}"))
                .heading(text.vi("doc.minutes.conclusion"))
                .paragraph("{{conclusion}}")
                .heading("{{#resolution}}" + text.vi("doc.minutes.resolution"))
                .paragraph("{{#resolution}}{{resolution.text}}")
                .heading("{{#has_votes}}" + text.vi("doc.minutes.votes"))
                .item("{{#votes}}{{votes.line}}")
                .heading("{{#evaluation}}" + text.vi("doc.minutes.evaluation", "{{evaluation.presenter_upper}}"))
                .labelled(text.vi("evaluation.strengths"), "{{#evaluation}}{{evaluation.strengths}}")
                .labelled(text.vi("evaluation.shortcomings"), "{{#evaluation}}{{evaluation.shortcomings}}")
                .heading("{{#has_commendations}}" + text.vi("doc.minutes.commendations"))
                .item("{{#commendations}}{{commendations.line}}")
                .labelled(text.vi("doc.minutes.reminders"), "{{#reminders}}{{reminders.text}}")
                .paragraph("{{#tasks}}{{tasks.line}}")
                .labelled(text.vi("doc.minutes.quality"), "{{quality}}")
                .paragraph(text.vi(
                        "doc.minutes.closing",
                        "{{approved}}",
                        "{{approval_total}}",
                        "{{meeting.closed}}",
                        "{{adoption.method}}",
                        "{{meeting.duration}}"))
                .paragraph("{{#addenda}}{{addenda.line}}")
                .signatures(
                        new PartyDocument.SignatureBlock(List.of(text.vi("doc.minutes.takerTitle")), null, "{{taker}}"),
                        new PartyDocument.SignatureBlock(
                                List.of(text.vi("doc.minutes.chairTitle")), null, "{{chair}}"));
        return d.pageNumbers().toBytes();
    }

    /** The template the cell's minutes are printed with. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public DocxTemplate forCell(long cellId) {
        return templates
                .findByCellIdAndKind(cellId, DocumentTemplate.MINUTES)
                .map(t -> DocxTemplate.of(read(t.getSha256())))
                .orElseGet(() -> builtInTemplate());
    }

    private DocxTemplate builtInTemplate() {
        DocxTemplate t = builtInTemplate;
        if (t == null) {
            t = DocxTemplate.of(builtInBytes());
            builtInTemplate = t;
        }
        return t;
    }

    /** The name of the cell's own template, if it has one. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public Optional<String> ownTemplateName(long cellId) {
        return templates.findByCellIdAndKind(cellId, DocumentTemplate.MINUTES).map(DocumentTemplate::getFileName);
    }

    /** Uploads the cell's own minutes template; a template naming an unknown placeholder is refused, naming it. */
    @PreAuthorize("@access.canManageCell(#cellId)")
    public String upload(long cellId, String fileName, Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BusinessException("template.error.tooBig");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!FileNames.extension(fileName).equals("docx")) {
            throw new BusinessException("template.error.notDocx");
        }
        DocxTemplate.of(bytes).check(VALUES, LISTS);
        FileStore.Stored stored = store.store(file);
        DocumentTemplate t = templates
                .findByCellIdAndKind(cellId, DocumentTemplate.MINUTES)
                .orElseGet(() -> new DocumentTemplate(cellId, DocumentTemplate.MINUTES));
        t.replace(
                FileNames.sanitize(fileName),
                stored.sha256(),
                currentUser.require().displayName(),
                clock.instant());
        templates.saveAndFlush(t);
        audit.record("MINUTES_TEMPLATE_UPLOADED", "DocumentTemplate", t.getId(), cellId, t.getFileName());
        return t.getFileName();
    }

    /** Back to the built-in template. */
    @PreAuthorize("@access.canManageCell(#cellId)")
    public void useBuiltIn(long cellId) {
        templates.findByCellIdAndKind(cellId, DocumentTemplate.MINUTES).ifPresent(t -> {
            templates.delete(t);
            audit.record("MINUTES_TEMPLATE_REMOVED", "DocumentTemplate", t.getId(), cellId, t.getFileName());
        });
    }

    private byte[] read(String sha) {
        try {
            return Files.readAllBytes(store.pathOf(sha));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
