package vn.chibo.draft.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import vn.chibo.base.ui.Autosave;
import vn.chibo.base.ui.CsrfFields;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.RichTextEditor;
import vn.chibo.draft.service.DraftDetails;
import vn.chibo.draft.service.DraftFiles;
import vn.chibo.draft.service.DraftLinks;
import vn.chibo.draft.service.DraftService;

/**
 * The presenter's working copy: the editor, saved while typing and as the page goes away, its files, and the
 * buttons that save it or submit it as the next version.
 */
class DraftWriter extends Div {

    private final DraftService drafts;
    private final OpenDraft draft;
    private final RichTextEditor editor;
    private final Autosave autosave;

    DraftWriter(DraftService drafts, DraftFiles files, OpenDraft draft, Clock clock, DraftActions actions) {
        this.drafts = drafts;
        this.draft = draft;
        DraftDetails details = draft.details();
        addClassNames("card", "draft-writer");
        add(new H3(getTranslation(details.hasVersions() ? "drafts.revise" : "drafts.write")));
        editor = new RichTextEditor(getTranslation("drafts.placeholder"), getTranslation("drafts.write"));
        editor.setValue(
                details.working().html() == null ? "" : details.working().html());
        editor.setWidthFull();
        // saved about two seconds after typing stops (as the minutes are), and posted as the page goes away
        editor.setSendDelay(2000);
        editor.trackUnsaved(leaveFields());
        editor.saveOnLeave(DraftLinks.autosave(draft.topicId()));
        Span saved = new Span(
                details.working().savedAt() == null
                        ? getTranslation("drafts.notSaved")
                        : getTranslation(
                                "drafts.savedAt",
                                Formats.dateTime(details.working().savedAt()),
                                details.working().savedBy()));
        saved.addClassName("saved-at");
        autosave = new Autosave(saved, clock, "drafts.autosaved", "HH:mm");
        editor.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveWorking();
            }
        });
        add(editor, saved, new WorkingAttachments(drafts, files, draft));
        TextField note = new TextField(getTranslation("drafts.submitNote"));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setPlaceholder(getTranslation("drafts.submitNotePlaceholder"));
        Button save = new Button(getTranslation("drafts.saveWorking"), VaadinIcon.DISC.create(), e -> {
            if (saveWorking()) {
                Notifications.success(getTranslation("drafts.done.saved"));
            }
        });
        Button submit = new Button(
                getTranslation("drafts.submit", details.progress().latestNumber() + 1),
                VaadinIcon.PAPERPLANE.create(),
                e -> actions.run(
                        () -> drafts.submit(draft.topicId(), draft.version(), editor.getValue(), note.getValue()),
                        "drafts.done.submitted"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(save, submit);
        buttons.addClassName("button-row");
        add(note, buttons);
    }

    /**
     * Saves the editor's text as the working copy; the editor is told which text the server now has, so that
     * leaving the page asks only about text not saved yet.
     */
    private boolean saveWorking() {
        String value = editor.getValue();
        boolean saved = autosave.run(() -> draft.update(drafts.save(draft.topicId(), draft.version(), value)));
        if (saved) {
            editor.confirmSaved(value, leaveFields());
        } else if (autosave.isStale()) {
            // someone else's newer version must not be overwritten as the page goes away either
            editor.saveOnLeave(null);
        }
        return saved;
    }

    /** What the page posts with its text as it goes away: the version it saves over, and the CSRF token. */
    private Map<String, String> leaveFields() {
        Map<String, String> fields = new HashMap<>(CsrfFields.current());
        fields.put("version", String.valueOf(draft.version()));
        return fields;
    }

    RichTextEditor editor() {
        return editor;
    }

    Autosave autosave() {
        return autosave;
    }
}
