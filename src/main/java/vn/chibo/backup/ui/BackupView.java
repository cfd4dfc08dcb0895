package vn.chibo.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.chibo.backup.service.BackupService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.files.Sizes;
import vn.chibo.security.domain.Role;

/** "Sao lưu": the backups kept, and a backup now (administrator). */
@Route("backup")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.backup", order = 99, icon = "vaadin:database")
public class BackupView extends Div implements HasDynamicTitle {

    private final Grid<BackupService.Backup> grid = new Grid<>();

    BackupView(BackupService backups) {
        addClassNames("page", "backup-view");
        Button now = new Button(getTranslation("backup.now"), VaadinIcon.DOWNLOAD.create(), e -> {
            try {
                BackupService.Backup b = backups.backupNow();
                Notifications.success(getTranslation("backup.done", b.name()));
                grid.setItems(backups.list());
            } catch (BusinessException ex) {
                Notifications.error(ErrorMessages.of(ex));
            }
        });
        now.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                new ViewToolbar(getTranslation("backup.title"), getTranslation("backup.subtitle"), now),
                new Paragraph(getTranslation("backup.help")));
        grid.addColumn(BackupService.Backup::name)
                .setHeader(getTranslation("backup.col.name"))
                .setFlexGrow(2);
        grid.addColumn(b -> b.databaseBytes() == 0 ? "—" : Sizes.human(b.databaseBytes()))
                .setHeader(getTranslation("backup.col.database"))
                .setAutoWidth(true);
        grid.addColumn(BackupService.Backup::files)
                .setHeader(getTranslation("backup.col.files"))
                .setAutoWidth(true);
        grid.addColumn(b -> b.folder().toString())
                .setHeader(getTranslation("backup.col.folder"))
                .setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("backup.none"));
        grid.setItems(backups.list());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.title");
    }
}
