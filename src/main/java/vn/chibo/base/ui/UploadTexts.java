package vn.chibo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload button's own words, in the user's language. */
public final class UploadTexts {

    private UploadTexts() {}

    public static UploadI18N of(Component c) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(c.getTranslation("upload.dropOne"))
                .setMany(c.getTranslation("upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(c.getTranslation("upload.addOne"))
                .setMany(c.getTranslation("upload.addMany")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(c.getTranslation("upload.tooMany"))
                .setFileIsTooBig(c.getTranslation("upload.tooBig"))
                .setIncorrectFileType(c.getTranslation("upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(c.getTranslation("upload.connecting"))
                        .setStalled(c.getTranslation("upload.stalled"))
                        .setProcessing(c.getTranslation("upload.processing"))
                        .setHeld(c.getTranslation("upload.held")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(c.getTranslation("upload.serverUnavailable"))
                        .setUnexpectedServerError(c.getTranslation("upload.serverError"))
                        .setForbidden(c.getTranslation("upload.forbidden"))
                        .setFileTooLarge(c.getTranslation("upload.tooBig"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(c.getTranslation("upload.retry"))
                .setStart(c.getTranslation("upload.start"))
                .setRemove(c.getTranslation("upload.remove")));
        return i18n;
    }
}
