package vn.chibo.draft.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.Autosave;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.RichTextEditor;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.draft.service.DraftComments;
import vn.chibo.draft.service.DraftDetails;
import vn.chibo.draft.service.DraftFiles;
import vn.chibo.draft.service.DraftLinks;
import vn.chibo.draft.service.DraftService;
import vn.chibo.security.domain.Role;

/**
 * One topic's draft: the presenter writes, attaches and submits; everyone in the cell reads the versions,
 * compares them and comments; the secretary approves or asks for changes. The page puts together its parts
 * (the facts, the review actions, the writer, the versions) for what the reader may do.
 */
@Route(DraftLinks.PAGE)
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME, Role.MEMBER_NAME})
@StyleSheet(RichTextEditor.STYLE)
public class DraftView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftService drafts;
    private final DraftFiles files;
    private final DraftComments comments;
    private final Clock clock;
    private @Nullable OpenDraft draft;
    private @Nullable VersionsCard versions;
    private @Nullable DraftWriter writer;
    /** After a submit the presenter sees the submitted version until choosing to edit again. */
    private boolean editing;

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
        long topicId = event.getRouteParameters().getLong("topicId").orElseThrow();
        draft = new OpenDraft(topicId, drafts.details(topicId));
        versions = new VersionsCard(drafts, comments, draft);
        render();
    }

    private void render() {
        OpenDraft draft = open();
        DraftDetails details = draft.details();
        removeAll();
        writer = null;
        RouterLink back = new RouterLink(getTranslation("drafts.back"), DraftBoardView.class);
        back.addClassName("back-link");
        add(
                back,
                new ViewToolbar(
                        details.facts().title(),
                        getTranslation(
                                "drafts.subtitle",
                                details.facts().month(),
                                details.facts().year())));
        add(new DraftFactsCard(details, LocalDate.now(clock)));
        if (details.can().review() && details.hasVersions()) {
            add(new ReviewActions(drafts, draft, this::act, this::render));
        }
        if (details.can().write()
                && (details.working().edited() || editing || details.progress().status() != DraftStatus.SUBMITTED)) {
            writer = new DraftWriter(drafts, files, draft, clock, this::act);
            add(writer);
        } else if (details.can().write()) {
            add(new SubmittedCard(details.progress().latestNumber(), () -> {
                editing = true;
                render();
            }));
        } else if (details.can().mine() && !details.progress().status().isOpenForWriting()) {
            add(new Paragraph(getTranslation("drafts.closedForWriting")));
        }
        if (details.hasVersions()) {
            VersionsCard card = versions();
            card.render();
            add(card);
        } else if (!details.can().write()) {
            add(new Paragraph(getTranslation("drafts.nothingSubmitted")));
        }
    }

    /** Runs a draft action and says what it did, with the version it concerned (submitted, approved, presented). */
    private void act(Supplier<DraftDetails> action, String doneKey) {
        try {
            open().update(action.get());
            versions().showLatest();
            editing = false;
            Notifications.success(
                    getTranslation(doneKey, open().details().progress().latestNumber()));
            render();
        } catch (BusinessException e) {
            Notifications.error(ErrorMessages.of(e));
        }
    }

    private OpenDraft open() {
        if (draft == null) {
            throw new IllegalStateException("no draft before the page is entered");
        }
        return draft;
    }

    private VersionsCard versions() {
        if (versions == null) {
            throw new IllegalStateException("no versions before the page is entered");
        }
        return versions;
    }

    @Override
    public String getPageTitle() {
        return draft == null
                ? getTranslation("nav.drafts")
                : draft.details().facts().title();
    }

    /** For tests. */
    DraftDetails details() {
        return open().details();
    }

    /** For tests: the status line of saving while typing. */
    @Nullable
    Autosave autosave() {
        return writer == null ? null : writer.autosave();
    }

    /** For tests: the editor, when the user may write. */
    @Nullable
    RichTextEditor editor() {
        return writer == null ? null : writer.editor();
    }
}
