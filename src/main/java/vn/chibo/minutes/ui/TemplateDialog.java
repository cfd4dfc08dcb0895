package vn.chibo.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.PlainDialog;
import vn.chibo.base.ui.UploadTexts;
import vn.chibo.files.LimitedUpload;
import vn.chibo.minutes.service.MinutesLinks;
import vn.chibo.minutes.service.MinutesTemplates;

/** The cell's minutes template: download the built-in one, upload the cell's own, or go back to the built-in. */
class TemplateDialog extends PlainDialog {

    private final Paragraph current = new Paragraph();

    TemplateDialog(MinutesTemplates templates, long cellId) {
        setHeaderTitle(getTranslation("template.title"));
        setWidth("min(40rem, 95vw)");
        Anchor builtIn = new Anchor(MinutesLinks.template(), getTranslation("template.downloadBuiltIn"));
        builtIn.getElement().setAttribute("download", true);
        add(new Paragraph(getTranslation("template.help")), builtIn, current);
        show(templates, cellId);
        LimitedUpload handler = LimitedUpload.toTempFile(MinutesTemplates.MAX_BYTES, (ui, fileName, file) -> {
            // the file is checked and stored in the upload's own request; only the outcome goes to the UI
            try {
                String name = templates.upload(cellId, fileName, file);
                ui.access(() -> {
                    Notifications.success(getTranslation("template.uploaded", name));
                    show(templates, cellId);
                });
            } catch (BusinessException e) {
                ui.access(() -> Notifications.error(ErrorMessages.of(e)));
            }
        });
        Upload upload = new Upload(handler);
        upload.setMaxFileSize((int) MinutesTemplates.MAX_BYTES);
        upload.setAcceptedFileTypes(".docx");
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this));
        add(upload);
        Button reset = new Button(getTranslation("template.useBuiltIn"), e -> {
            templates.useBuiltIn(cellId);
            show(templates, cellId);
        });
        getFooter().addComponentAsFirst(reset);
    }

    private void show(MinutesTemplates templates, long cellId) {
        current.setText(templates
                .ownTemplateName(cellId)
                .map(n -> getTranslation("template.own", n))
                .orElse(getTranslation("template.builtInInUse")));
    }
}
