package vn.chibo.draft.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.UploadTexts;
import vn.chibo.draft.service.AttachmentRow;
import vn.chibo.draft.service.DraftFiles;
import vn.chibo.draft.service.DraftService;
import vn.chibo.files.ContentCheck;
import vn.chibo.files.LimitedUpload;
import vn.chibo.files.Sizes;

/** The working copy's files: the list, each with its remove button, and the upload that adds one. */
class WorkingAttachments extends Div {

    private final DraftService drafts;
    private final DraftFiles files;
    private final OpenDraft draft;
    private final Div list = new Div();

    WorkingAttachments(DraftService drafts, DraftFiles files, OpenDraft draft) {
        this.drafts = drafts;
        this.files = files;
        this.draft = draft;
        add(new H3(getTranslation("drafts.attachments")), list);
        addClassName("attachments");
        fill();
        long max = files.maxFileBytes();
        LimitedUpload handler = LimitedUpload.toTempFile(max, (ui, fileName, file) -> {
            try {
                AttachmentRow added = files.attach(draft.topicId(), draft.version(), fileName, file);
                ui.access(() -> {
                    Notifications.success(getTranslation("drafts.fileAdded", added.fileName()));
                    refresh();
                });
            } catch (BusinessException ex) {
                ui.access(() -> Notifications.error(ErrorMessages.of(ex)));
            }
        });
        Upload upload = new Upload(handler);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setAcceptedFileTypes(
                ContentCheck.EXTENSIONS.stream().sorted().map(x -> "." + x).toArray(String[]::new));
        upload.setMaxFiles(10);
        upload.setI18n(UploadTexts.of(this));
        upload.addFileRejectedListener(
                e -> Notifications.error(getTranslation("drafts.fileRejected", e.getFileName(), Sizes.human(max))));
        Paragraph help = new Paragraph(getTranslation("drafts.filesHelp", Sizes.human(max)));
        help.addClassName("help");
        add(upload, help);
    }

    /**
     * After a file is added or removed only the list of files is redrawn: the editor stays as it is, so
     * nothing typed (and perhaps not yet sent to the server) is lost.
     */
    private void refresh() {
        draft.update(drafts.details(draft.topicId()));
        fill();
    }

    private void fill() {
        list.removeAll();
        for (AttachmentRow a : draft.details().working().attachments()) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                try {
                    files.remove(a.id());
                    refresh();
                } catch (BusinessException ex) {
                    Notifications.error(ErrorMessages.of(ex));
                }
            });
            remove.setAriaLabel(getTranslation("drafts.removeFile", a.fileName()));
            remove.setTooltipText(getTranslation("action.delete"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div row = new Div(AttachmentTile.link(a), new Span(Sizes.human(a.sizeBytes())), remove);
            row.addClassName("attachment-row");
            list.add(row);
        }
    }
}
