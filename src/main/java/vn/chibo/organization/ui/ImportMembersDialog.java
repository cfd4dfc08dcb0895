package vn.chibo.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.files.LimitedUpload;
import vn.chibo.organization.service.ImportPreview;
import vn.chibo.organization.service.ImportRow;
import vn.chibo.organization.service.MemberImportService;

/**
 * Imports a member list: upload, a preview of every row with its problems, then all or nothing. A file
 * with any problem row can't be committed, so nothing is ever half-imported.
 */
class ImportMembersDialog extends FormDialog {

    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final MemberImportService imports;
    private final long cellId;
    private final Runnable onImported;
    private final Grid<ImportRow> preview = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button commit = saveButton();
    private @Nullable ImportPreview current;

    ImportMembersDialog(MemberImportService imports, long cellId, Runnable onImported) {
        this.imports = imports;
        this.cellId = cellId;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("import.title"));
        setWidth("64rem");
        setMaxWidth("100%");
        addClassName("import-dialog");

        Paragraph help = new Paragraph(getTranslation("import.help"));
        Anchor template = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] xlsx = imports.template();
                    return new DownloadResponse(
                            new ByteArrayInputStream(xlsx),
                            "mau-danh-sach-dang-vien.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            xlsx.length);
                }),
                getTranslation("import.template"));
        template.getElement().setAttribute("download", true);

        // the built-in handlers call back with the session locked, so the UI can be updated directly
        Upload upload = new Upload(LimitedUpload.toTempFile(MAX_FILE_BYTES, (ui, fileName, file) -> {
            byte[] bytes = Files.readAllBytes(file);
            ui.access(() -> read(fileName, bytes));
        }));
        upload.setAcceptedFileTypes(
                ".xlsx", ".csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setI18n(uploadI18n());
        upload.addFileRejectedListener(
                e -> Notifications.error(getTranslation("import.error.rejected", MAX_FILE_BYTES / (1024 * 1024))));

        preview.addColumn(ImportRow::rowNumber)
                .setHeader(getTranslation("import.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(r -> r.data().getFullName())
                .setHeader(getTranslation("member.fullName"))
                .setFlexGrow(2);
        preview.addColumn(r -> Formats.date(r.data().getBirthDate()))
                .setHeader(getTranslation("member.birthDate"))
                .setAutoWidth(true);
        preview.addColumn(r -> EnumLabels.of(r.data().getStatus()))
                .setHeader(getTranslation("member.status"))
                .setAutoWidth(true);
        preview.addColumn(r -> EnumLabels.of(r.data().getPosition()))
                .setHeader(getTranslation("member.position"))
                .setAutoWidth(true);
        preview.addColumn(LitRenderer.<ImportRow>of(
                                "${item.ok ? html`<span class=\"pill pill-success\">${item.text}</span>` : html`<span class=\"import-problem\">${item.text}</span>`}"
                                        + "${item.warning ? html` <span class=\"import-warning\">${item.warning}</span>` : ''}")
                        .withProperty("ok", ImportRow::ok)
                        .withProperty("text", this::problemText)
                        .withProperty("warning", this::warningText))
                .setHeader(getTranslation("import.check"))
                .setFlexGrow(3);
        preview.setAllRowsVisible(false);
        preview.setHeight("22rem");
        preview.setVisible(false);
        summary.setVisible(false);

        commit.setText(getTranslation("import.commit"));
        commit.setEnabled(false);
        onSave(this::commit);
        add(help, new Div(template), upload, summary, preview);
    }

    private void read(String fileName, byte[] bytes) {
        try {
            current = imports.preview(cellId, fileName, bytes);
        } catch (BusinessException e) {
            current = null;
            preview.setVisible(false);
            summary.setVisible(true);
            summary.setText(ErrorMessages.of(e));
            summary.setClassName("import-summary import-summary-error");
            commit.setEnabled(false);
            return;
        }
        preview.setItems(current.rows());
        preview.setVisible(true);
        long bad = current.problemRows();
        int total = current.rows().size();
        summary.setVisible(true);
        long warned = current.warningRows();
        summary.setText((bad == 0
                        ? getTranslation("import.summary.ok", total)
                        : getTranslation("import.summary.problems", total, bad))
                + (warned == 0 ? "" : " " + getTranslation("import.summary.warnings", warned)));
        summary.setClassName(bad == 0 ? "import-summary import-summary-ok" : "import-summary import-summary-error");
        commit.setEnabled(current.canCommit());
        commit.setText(getTranslation("import.commitCount", total));
    }

    private void commit() {
        ImportPreview checked = current;
        if (checked != null) {
            int saved = imports.commit(checked);
            Notifications.success(getTranslation("import.done", saved));
            onImported.run();
        }
    }

    private String warningText(ImportRow row) {
        return row.warnings().stream()
                .map(w -> getTranslation(w.messageKey(), w.argument()))
                .collect(Collectors.joining("; "));
    }

    private String problemText(ImportRow row) {
        if (row.ok()) {
            return getTranslation("import.rowOk");
        }
        return row.problems().stream()
                .map(p -> getTranslation(p.messageKey(), p.argument()))
                .collect(Collectors.joining("; "));
    }

    private UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("upload.dropOne"))
                .setMany(getTranslation("upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("upload.addOne"))
                .setMany(getTranslation("upload.addMany")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("upload.tooBig"))
                .setIncorrectFileType(getTranslation("upload.wrongType"))
                .setTooManyFiles(getTranslation("upload.tooMany")));
        return i18n;
    }
}
