package vn.chibo.draft.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.Autosave;
import vn.chibo.base.ui.CsrfFields;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.RichTextEditor;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.draft.service.AttachmentRow;
import vn.chibo.draft.service.DraftComments;
import vn.chibo.draft.service.DraftDetails;
import vn.chibo.draft.service.DraftDiff;
import vn.chibo.draft.service.DraftFiles;
import vn.chibo.draft.service.DraftService;
import vn.chibo.draft.service.VersionRow;
import vn.chibo.files.ContentCheck;
import vn.chibo.files.LimitedUpload;
import vn.chibo.security.domain.Role;

/**
 * One topic's draft: the presenter writes, attaches and submits; everyone in the cell reads the versions,
 * compares them and comments; the secretary approves or asks for changes.
 */
@Route("draft/:topicId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME, Role.MEMBER_NAME})
@StyleSheet(RichTextEditor.STYLE)
public class DraftView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");

    private final DraftService drafts;
    private final DraftFiles files;
    private final DraftComments comments;
    private final Clock clock;
    private long topicId;
    private DraftDetails details;
    private @Nullable RichTextEditor editor;
    private final Div attachmentList = new Div();
    private int shownVersion;
    private @Nullable Integer compareWith;
    /** The reader chose what to compare with (or "no comparison"); until then the two latest versions are compared. */
    private boolean compareChosen;
    /** After a submit the presenter sees the submitted version until choosing to edit again. */
    private boolean editing;
    private @Nullable Autosave autosave;

    DraftView(DraftService drafts, DraftFiles files, DraftComments comments, Clock clock) {
        this.drafts = drafts;
        this.files = files;
        this.comments = comments;
        this.clock = clock;
        addClassNames("page", "draft-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the route only matches digits, so the id is always a number here
        topicId = event.getRouteParameters().getLong("topicId").orElseThrow();
        details = drafts.details(topicId);
        shownVersion = details.latestNumber();
        render();
    }

    private void render() {
        removeAll();
        editor = null;
        autosave = null;
        RouterLink back = new RouterLink(getTranslation("drafts.back"), DraftBoardView.class);
        back.addClassName("back-link");
        add(back, new ViewToolbar(details.title(), getTranslation("drafts.subtitle", details.month(), details.year())));
        add(infoCard());
        if (details.canReview() && details.hasVersions()) {
            add(reviewActions());
        }
        if (details.canWrite() && (details.workingEdited() || editing
                || details.status() != DraftStatus.SUBMITTED)) {
            add(writer());
        } else if (details.canWrite()) {
            add(submitted());
        } else if (details.mine() && !details.status().isOpenForWriting()) {
            add(new Paragraph(getTranslation("drafts.closedForWriting")));
        }
        if (details.hasVersions()) {
            add(versions());
        } else if (!details.canWrite()) {
            add(new Paragraph(getTranslation("drafts.nothingSubmitted")));
        }
    }

    private Component infoCard() {
        Div card = new Div();
        card.addClassNames("card", "draft-info");
        Div head = new Div(DraftStatusPill.of(details.status()));
        head.addClassName("draft-info-head");
        if (details.hasVersions()) {
            head.add(new Span(getTranslation("drafts.latest", details.latestNumber())));
        }
        if (details.late()) {
            Span late = new Span(getTranslation("drafts.late"));
            late.addClassNames("pill", "pill-error");
            head.add(late);
        }
        card.add(head);
        card.add(fact(getTranslation("plan.col.presenter"), details.presenterName() == null
                ? getTranslation("plan.unassigned")
                : details.presenterName() + (details.mentorName() == null ? ""
                        : " · " + getTranslation("plan.mentorOf", details.mentorName()))));
        card.add(fact(getTranslation("drafts.meeting"), details.meetingAt() == null
                ? getTranslation("drafts.meetingNotScheduled", details.month())
                : WHEN.format(details.meetingAt())));
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), details.dueDate());
        // once handed in, the day it was handed in is what counts, not days past a due date that may have moved
        // with the meeting since (see DraftService.isLate)
        java.util.Optional<java.time.Instant> handedIn = details.versions().stream()
                .map(DraftDetails.VersionSummary::submittedAt).min(java.util.Comparator.naturalOrder());
        card.add(fact(getTranslation("drafts.col.due"), Formats.date(details.dueDate()) + " ("
                + (handedIn.isPresent() ? getTranslation("drafts.handedInOn",
                        Formats.date(handedIn.get().atZone(Formats.VIETNAM).toLocalDate()))
                        : days >= 0 ? getTranslation("drafts.daysLeft", days) : getTranslation("drafts.daysLate", -days))
                + ")"));
        card.add(fact(getTranslation("drafts.commentsUntil"), details.commentsOpen()
                ? Formats.date(details.commentsClosedFrom().minusDays(1)) : getTranslation("drafts.commentsClosed")));
        if (details.goals() != null) {
            card.add(fact(getTranslation("drafts.goals"), details.goals()));
        }
        if (details.status() == DraftStatus.CHANGES_REQUESTED && details.reviewNote() != null) {
            Div note = new Div(VaadinIcon.COMMENT_ELLIPSIS_O.create(),
                    new Span(getTranslation("drafts.changesRequested", details.reviewedBy(), details.reviewNote())));
            note.addClassName("review-note");
            card.add(note);
        } else if (details.status() == DraftStatus.APPROVED || details.status() == DraftStatus.PRESENTED) {
            Div note = new Div(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("drafts.approvedBy",
                    details.reviewedBy(), Formats.dateTime(details.reviewedAt()))
                    + (details.reviewNote() == null ? "" : " — " + details.reviewNote())));
            note.addClassNames("review-note", "ok");
            card.add(note);
        }
        return card;
    }

    private static Component fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Div row = new Div(l, new Span(value));
        row.addClassName("fact");
        return row;
    }

    private Component reviewActions() {
        Div box = new Div();
        box.addClassNames("button-row", "review-actions");
        if (details.status() == DraftStatus.SUBMITTED) {
            Button approve = new Button(getTranslation("drafts.approve", details.latestNumber()),
                    VaadinIcon.CHECK.create(), e -> act(() -> drafts.approve(topicId, details.draftVersion(), null), "drafts.done.approved"));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(approve);
        }
        if (details.status() == DraftStatus.SUBMITTED || details.status() == DraftStatus.APPROVED) {
            box.add(new Button(getTranslation("drafts.requestChanges"), VaadinIcon.EDIT.create(),
                    e -> requestChanges()));
        }
        if (details.status() == DraftStatus.APPROVED) {
            box.add(new Button(getTranslation("drafts.markPresented"), VaadinIcon.FLAG_CHECKERED.create(),
                    e -> act(() -> drafts.markPresented(topicId, details.draftVersion()), "drafts.done.presented")));
        }
        return box;
    }

    private void requestChanges() {
        new vn.chibo.base.ui.TextDialog(getTranslation("drafts.requestChanges"), getTranslation("drafts.reason"), null,
                getTranslation("drafts.reasonPlaceholder"), 2000, getTranslation("drafts.sendRequest"), reason -> {
                    details = drafts.requestChanges(topicId, details.draftVersion(), reason);
                    Notifications.success(getTranslation("drafts.requestSent"));
                    render();
                }).open();
    }

    /** Submitted and not edited since: no working copy to show, only the way to start the next version. */
    private Component submitted() {
        Div card = new Div();
        card.addClassNames("card", "draft-writer", "draft-submitted");
        card.add(new H3(getTranslation("drafts.submittedTitle", details.latestNumber())));
        card.add(new Paragraph(getTranslation("drafts.submittedHelp", details.latestNumber() + 1)));
        Button edit = new Button(getTranslation("drafts.editAgain"), VaadinIcon.EDIT.create(), e -> {
            editing = true;
            render();
        });
        card.add(edit);
        return card;
    }

    private Component writer() {
        Div card = new Div();
        card.addClassNames("card", "draft-writer");
        card.add(new H3(getTranslation(details.hasVersions() ? "drafts.revise" : "drafts.write")));
        RichTextEditor rte = new RichTextEditor(getTranslation("drafts.placeholder"), getTranslation("drafts.write"));
        rte.setValue(details.workingHtml() == null ? "" : details.workingHtml());
        rte.setWidthFull();
        // saved about two seconds after typing stops (as the minutes are), and posted as the page goes away
        rte.setSendDelay(2000);
        rte.trackUnsaved(leaveFields());
        rte.saveOnLeave("/autosave/draft/" + topicId);
        editor = rte;
        Span saved = new Span(details.savedAt() == null ? getTranslation("drafts.notSaved")
                : getTranslation("drafts.savedAt", Formats.dateTime(details.savedAt()), details.savedBy()));
        saved.addClassName("saved-at");
        Autosave saving = new Autosave(saved, clock, "drafts.autosaved", "HH:mm");
        autosave = saving;
        rte.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveWorking(rte, saving);
            }
        });
        card.add(rte, saved, attachments());
        TextField note = new TextField(getTranslation("drafts.submitNote"));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setPlaceholder(getTranslation("drafts.submitNotePlaceholder"));
        Button save = new Button(getTranslation("drafts.saveWorking"), VaadinIcon.DISC.create(), e -> {
            if (saveWorking(rte, saving)) {
                Notifications.success(getTranslation("drafts.done.saved"));
            }
        });
        Button submit = new Button(getTranslation("drafts.submit", details.latestNumber() + 1),
                VaadinIcon.PAPERPLANE.create(),
                e -> act(() -> drafts.submit(topicId, details.draftVersion(), rte.getValue(), note.getValue()),
                        "drafts.done.submitted"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(save, submit);
        buttons.addClassName("button-row");
        card.add(note, buttons);
        return card;
    }

    /**
     * Saves the editor's text as the working copy; the editor is told which text the server now has, so that
     * leaving the page asks only about text not saved yet.
     */
    private boolean saveWorking(RichTextEditor rte, Autosave saving) {
        String value = rte.getValue();
        boolean saved = saving.run(() -> details = drafts.save(topicId, details.draftVersion(), value));
        if (saved) {
            rte.confirmSaved(value, leaveFields());
        } else if (saving.isStale()) {
            // someone else's newer version must not be overwritten as the page goes away either
            rte.saveOnLeave(null);
        }
        return saved;
    }

    /** What the page posts with its text as it goes away: the version it saves over, and the CSRF token. */
    private Map<String, String> leaveFields() {
        Map<String, String> fields = new HashMap<>(CsrfFields.current());
        fields.put("version", String.valueOf(details.draftVersion()));
        return fields;
    }

    private Component attachments() {
        Div box = new Div(new H3(getTranslation("drafts.attachments")), attachmentList);
        box.addClassName("attachments");
        fillAttachmentList();
        long max = files.maxFileBytes();
        LimitedUpload handler = LimitedUpload.toTempFile(max, (ui, fileName, file) -> {
            try {
                AttachmentRow added = files.attach(topicId, details.draftVersion(), fileName, file);
                ui.access(() -> {
                    Notifications.success(getTranslation("drafts.fileAdded", added.fileName()));
                    refreshAttachments();
                });
            } catch (BusinessException ex) {
                ui.access(() -> Notifications.error(ErrorMessages.of(ex)));
            }
        });
        Upload upload = new Upload(handler);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setAcceptedFileTypes(ContentCheck.EXTENSIONS.stream().sorted().map(x -> "." + x).toArray(String[]::new));
        upload.setMaxFiles(10);
        upload.setI18n(vn.chibo.base.ui.UploadTexts.of(this));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("drafts.fileRejected",
                e.getFileName(), vn.chibo.files.Sizes.human(max))));
        Paragraph help = new Paragraph(getTranslation("drafts.filesHelp", vn.chibo.files.Sizes.human(max)));
        help.addClassName("help");
        box.add(upload, help);
        return box;
    }

    private Component versions() {
        Div card = new Div();
        card.addClassNames("card", "draft-versions");
        card.add(new H3(getTranslation("drafts.versions")));
        List<Integer> numbers = details.versions().stream().map(DraftDetails.VersionSummary::number).toList();
        // unless the reader chose otherwise, a version is compared with the one before it
        Integer against = compareChosen ? compareWith : shownVersion > 1 ? Integer.valueOf(shownVersion - 1) : null;
        Select<Integer> pick = new Select<>();
        pick.setLabel(getTranslation("drafts.version"));
        pick.setItems(numbers);
        pick.setItemLabelGenerator(this::versionLabel);
        pick.setValue(shownVersion);
        Select<Integer> compare = new Select<>();
        compare.setLabel(getTranslation("drafts.compareWith"));
        compare.setItems(numbers.stream().filter(n -> n != shownVersion).toList());
        compare.setEmptySelectionAllowed(true);
        compare.setEmptySelectionCaption(getTranslation("drafts.noCompare"));
        compare.setItemLabelGenerator(n -> n == null ? getTranslation("drafts.noCompare") : versionLabel(n));
        compare.setValue(against);
        compare.setEnabled(numbers.size() > 1);
        // wide enough for the longest label, "v12 · 28/11/2026", and for "Không so sánh"
        pick.setMinWidth("13em");
        compare.setMinWidth("13em");
        pick.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                shownVersion = e.getValue();
                compareWith = null;
                compareChosen = false;
                render();
            }
        });
        compare.addValueChangeListener(e -> {
            compareWith = e.getValue();
            compareChosen = true;
            render();
        });
        Div pickers = new Div(pick, compare);
        pickers.addClassName("version-pickers");
        card.add(pickers);
        VersionRow v = drafts.version(topicId, shownVersion);
        Span meta = new Span(getTranslation("drafts.submittedBy", v.number(), v.submittedBy(),
                Formats.dateTime(v.submittedAt())) + (v.note() == null ? "" : " — " + v.note()));
        meta.addClassName("version-meta");
        Anchor word = new Anchor("/export/drafts/" + topicId + "/v" + v.number() + ".docx",
                getTranslation("drafts.downloadVersion", v.number()));
        word.getElement().setAttribute("download", true);
        word.addClassName("download-link");
        card.add(meta, word);
        if (against != null) {
            int older = Math.min(against, shownVersion);
            int newer = Math.max(against, shownVersion);
            Paragraph help = new Paragraph(getTranslation("drafts.diffHelp", older, newer));
            help.addClassName("diff-help");
            card.add(help, diff(drafts.compare(topicId, older, newer)),
                    new H3(getTranslation("drafts.fullText", v.number())));
        }
        card.add(new Html("<div class=\"draft-body\">" + v.bodyHtml() + "</div>"));
        if (!v.attachments().isEmpty()) {
            Div gallery = new Div();
            gallery.addClassName("gallery");
            v.attachments().forEach(a -> gallery.add(preview(a)));
            card.add(new H3(getTranslation("drafts.attachments")), gallery);
        }
        card.add(new CommentsPanel(comments, details, v.number()));
        return card;
    }

    private static Component diff(List<DraftDiff.Line> lines) {
        Div box = new Div();
        box.addClassName("diff");
        for (DraftDiff.Line line : lines) {
            Div row = new Div();
            row.addClassNames("diff-line", "diff-" + line.change().name().toLowerCase(java.util.Locale.ROOT));
            for (DraftDiff.Piece p : line.pieces()) {
                Span s = new Span(p.text());
                if (p.change() == DraftDiff.Change.ADDED) {
                    s.addClassName("ins");
                } else if (p.change() == DraftDiff.Change.REMOVED) {
                    s.addClassName("del");
                }
                row.add(s);
            }
            box.add(row);
        }
        return box;
    }

    private Component preview(AttachmentRow a) {
        Div tile = new Div();
        tile.addClassName("tile");
        switch (a.kind()) {
            case IMAGE -> {
                Image img = new Image(a.url(), a.fileName());
                tile.add(new Anchor(a.url(), img) {
                    {
                        setTarget(AnchorTarget.BLANK);
                    }
                });
            }
            case VIDEO, AUDIO -> {
                Element media = new Element(a.kind() == ContentCheck.Kind.VIDEO ? "video" : "audio");
                media.setAttribute("controls", true);
                media.setAttribute("preload", "metadata");
                media.setAttribute("src", a.url());
                Div holder = new Div();
                holder.getElement().appendChild(media);
                tile.add(holder);
            }
            default -> {
                // no preview for PDFs and office files: a card saying what the file is, opened by a click
                tile.addClassName("file-card");
                Anchor icon = new Anchor(a.url(), fileIcon(a));
                icon.setTarget(AnchorTarget.BLANK);
                if (!a.kind().viewableInBrowser()) {
                    icon.getElement().setAttribute("download", a.fileName());
                }
                icon.addClassName("file-icon");
                icon.getElement().setAttribute("aria-hidden", "true");
                icon.getElement().setAttribute("tabindex", "-1");
                tile.add(icon);
            }
        }
        Span what = new Span(fileType(a) + " · " + size(a.sizeBytes()));
        what.addClassName("file-meta");
        tile.add(fileLink(a), what);
        return tile;
    }

    private static Component fileIcon(AttachmentRow a) {
        String ext = extension(a.fileName());
        VaadinIcon icon = a.kind() == ContentCheck.Kind.PDF ? VaadinIcon.FILE_TEXT_O
                : ext.startsWith("ppt") ? VaadinIcon.FILE_PRESENTATION
                : ext.startsWith("xls") ? VaadinIcon.FILE_TABLE
                : ext.startsWith("doc") ? VaadinIcon.FILE_TEXT
                : VaadinIcon.FILE_O;
        Div box = new Div(icon.create(), new Span(ext.toUpperCase(java.util.Locale.ROOT)));
        box.addClassName("file-icon-box");
        box.addClassName("file-" + (a.kind() == ContentCheck.Kind.PDF ? "pdf" : ext.startsWith("ppt") ? "slides"
                : ext.startsWith("xls") ? "sheet" : "doc"));
        return box;
    }

    private String fileType(AttachmentRow a) {
        String ext = extension(a.fileName());
        String key = a.kind() == ContentCheck.Kind.PDF ? "drafts.fileType.pdf"
                : ext.startsWith("ppt") ? "drafts.fileType.slides"
                : ext.startsWith("xls") ? "drafts.fileType.sheet"
                : ext.startsWith("doc") ? "drafts.fileType.text"
                : a.kind() == ContentCheck.Kind.IMAGE ? "drafts.fileType.image"
                : a.kind() == ContentCheck.Kind.VIDEO ? "drafts.fileType.video"
                : a.kind() == ContentCheck.Kind.AUDIO ? "drafts.fileType.audio" : "drafts.fileType.other";
        return getTranslation(key);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** "v2 · 28/11/2026": short enough to be read whole in the picker. */
    private String versionLabel(@Nullable Integer n) {
        if (n == null) {
            return "";
        }
        return details.versions().stream().filter(v -> v.number() == n).findFirst()
                .map(v -> "v" + n + " · " + Formats.date(v.submittedAt().atZone(Formats.VIETNAM).toLocalDate()))
                .orElse("v" + n);
    }

    private Anchor fileLink(AttachmentRow a) {
        Anchor link = new Anchor(a.url(), a.fileName());
        link.setTarget(AnchorTarget.BLANK);
        if (!a.kind().viewableInBrowser()) {
            link.getElement().setAttribute("download", a.fileName());
        }
        link.addClassName("file-link");
        return link;
    }

    private static String size(long bytes) {
        return vn.chibo.files.Sizes.human(bytes);
    }

    /** Runs a draft action and says what it did, with the version it concerned (submitted, approved, presented). */
    private void act(Supplier<DraftDetails> action, String doneKey) {
        try {
            details = action.get();
            shownVersion = details.latestNumber();
            compareWith = null;
            compareChosen = false;
            editing = false;
            Notifications.success(getTranslation(doneKey, details.latestNumber()));
            render();
        } catch (BusinessException e) {
            Notifications.error(ErrorMessages.of(e));
        }
    }

    /**
     * After a file is added or removed only the list of files is redrawn: the editor stays as it is, so
     * nothing typed (and perhaps not yet sent to the server) is lost.
     */
    private void refreshAttachments() {
        details = drafts.details(topicId);
        fillAttachmentList();
    }

    private void fillAttachmentList() {
        attachmentList.removeAll();
        for (AttachmentRow a : details.workingAttachments()) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                try {
                    files.remove(a.id());
                    refreshAttachments();
                } catch (BusinessException ex) {
                    Notifications.error(ErrorMessages.of(ex));
                }
            });
            remove.setAriaLabel(getTranslation("drafts.removeFile", a.fileName()));
            remove.setTooltipText(getTranslation("action.delete"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div row = new Div(fileLink(a), new Span(size(a.sizeBytes())), remove);
            row.addClassName("attachment-row");
            attachmentList.add(row);
        }
    }


    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("nav.drafts") : details.title();
    }

    /** For tests. */
    DraftDetails details() {
        return details;
    }

    /** For tests: the status line of saving while typing. */
    @Nullable Autosave autosave() {
        return autosave;
    }

    /** For tests: the editor, when the user may write. */
    @Nullable RichTextEditor editor() {
        return editor;
    }
}
