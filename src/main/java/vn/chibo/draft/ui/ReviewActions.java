package vn.chibo.draft.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.TextDialog;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.draft.service.DraftService;

/** The secretary's buttons on a submitted draft: approve it, ask for changes with a reason, mark it presented. */
class ReviewActions extends Div {

    /**
     * @param redraw the page drawn again after a request for changes (which keeps the version the reader has open)
     */
    ReviewActions(DraftService drafts, OpenDraft draft, DraftActions actions, Runnable redraw) {
        addClassNames("button-row", "review-actions");
        DraftStatus status = draft.details().progress().status();
        long topicId = draft.topicId();
        if (status == DraftStatus.SUBMITTED) {
            Button approve = new Button(
                    getTranslation("drafts.approve", draft.details().progress().latestNumber()),
                    VaadinIcon.CHECK.create(),
                    e -> actions.run(() -> drafts.approve(topicId, draft.version(), null), "drafts.done.approved"));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(approve);
        }
        if (status == DraftStatus.SUBMITTED || status == DraftStatus.APPROVED) {
            add(new Button(
                    getTranslation("drafts.requestChanges"),
                    VaadinIcon.EDIT.create(),
                    e -> requestChanges(drafts, draft, redraw)));
        }
        if (status == DraftStatus.APPROVED) {
            add(new Button(
                    getTranslation("drafts.markPresented"),
                    VaadinIcon.FLAG_CHECKERED.create(),
                    e -> actions.run(() -> drafts.markPresented(topicId, draft.version()), "drafts.done.presented")));
        }
    }

    private void requestChanges(DraftService drafts, OpenDraft draft, Runnable redraw) {
        new TextDialog(
                        getTranslation("drafts.requestChanges"),
                        getTranslation("drafts.reason"),
                        null,
                        getTranslation("drafts.reasonPlaceholder"),
                        2000,
                        getTranslation("drafts.sendRequest"),
                        reason -> {
                            draft.update(drafts.requestChanges(draft.topicId(), draft.version(), reason));
                            Notifications.success(getTranslation("drafts.requestSent"));
                            redraw.run();
                        })
                .open();
    }
}
