package vn.chibo.draft.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import vn.chibo.draft.service.AttachmentRow;
import vn.chibo.files.ContentCheck;
import vn.chibo.files.Sizes;

/**
 * A submitted version's file as the reader sees it: a picture, a player, or — for PDFs and office files, which
 * have no preview — a card saying what the file is; then its name, type and size.
 */
class AttachmentTile extends Div {

    AttachmentTile(AttachmentRow a) {
        addClassName("tile");
        switch (a.kind()) {
            case IMAGE -> {
                Anchor open = new Anchor(a.url(), new Image(a.url(), a.fileName()));
                open.setTarget(AnchorTarget.BLANK);
                add(open);
            }
            case VIDEO, AUDIO -> {
                Element media = new Element(a.kind() == ContentCheck.Kind.VIDEO ? "video" : "audio");
                media.setAttribute("controls", true);
                media.setAttribute("preload", "metadata");
                media.setAttribute("src", a.url());
                Div holder = new Div();
                holder.getElement().appendChild(media);
                add(holder);
            }
            default -> {
                // no preview for PDFs and office files: a card saying what the file is, opened by a click
                addClassName("file-card");
                Anchor icon = new Anchor(a.url(), fileIcon(a));
                icon.setTarget(AnchorTarget.BLANK);
                if (!a.kind().viewableInBrowser()) {
                    icon.getElement().setAttribute("download", a.fileName());
                }
                icon.addClassName("file-icon");
                icon.getElement().setAttribute("aria-hidden", "true");
                icon.getElement().setAttribute("tabindex", "-1");
                add(icon);
            }
        }
        Span what = new Span(fileType(a) + " · " + Sizes.human(a.sizeBytes()));
        what.addClassName("file-meta");
        add(link(a), what);
    }

    /** The file's name, opening it (in a new tab where the browser can show it, else as a download). */
    static Anchor link(AttachmentRow a) {
        Anchor link = new Anchor(a.url(), a.fileName());
        link.setTarget(AnchorTarget.BLANK);
        if (!a.kind().viewableInBrowser()) {
            link.getElement().setAttribute("download", a.fileName());
        }
        link.addClassName("file-link");
        return link;
    }

    private static Component fileIcon(AttachmentRow a) {
        String ext = extension(a.fileName());
        VaadinIcon icon = a.kind() == ContentCheck.Kind.PDF
                ? VaadinIcon.FILE_TEXT_O
                : ext.startsWith("ppt")
                        ? VaadinIcon.FILE_PRESENTATION
                        : ext.startsWith("xls")
                                ? VaadinIcon.FILE_TABLE
                                : ext.startsWith("doc") ? VaadinIcon.FILE_TEXT : VaadinIcon.FILE_O;
        Div box = new Div(icon.create(), new Span(ext.toUpperCase(Locale.ROOT)));
        box.addClassName("file-icon-box");
        box.addClassName("file-"
                + (a.kind() == ContentCheck.Kind.PDF
                        ? "pdf"
                        : ext.startsWith("ppt") ? "slides" : ext.startsWith("xls") ? "sheet" : "doc"));
        return box;
    }

    private String fileType(AttachmentRow a) {
        String ext = extension(a.fileName());
        String key = a.kind() == ContentCheck.Kind.PDF
                ? "drafts.fileType.pdf"
                : ext.startsWith("ppt")
                        ? "drafts.fileType.slides"
                        : ext.startsWith("xls")
                                ? "drafts.fileType.sheet"
                                : ext.startsWith("doc")
                                        ? "drafts.fileType.text"
                                        : a.kind() == ContentCheck.Kind.IMAGE
                                                ? "drafts.fileType.image"
                                                : a.kind() == ContentCheck.Kind.VIDEO
                                                        ? "drafts.fileType.video"
                                                        : a.kind() == ContentCheck.Kind.AUDIO
                                                                ? "drafts.fileType.audio"
                                                                : "drafts.fileType.other";
        return getTranslation(key);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
