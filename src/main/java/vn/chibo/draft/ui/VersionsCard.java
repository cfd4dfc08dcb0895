package vn.chibo.draft.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.Formats;
import vn.chibo.draft.service.DraftComments;
import vn.chibo.draft.service.DraftLinks;
import vn.chibo.draft.service.DraftService;
import vn.chibo.draft.service.VersionRow;
import vn.chibo.draft.service.VersionSummary;

/**
 * The submitted versions: the one chosen (the latest at first) with its Word file, text, files and comments,
 * compared with another — unless the reader chose otherwise, the one before it.
 */
class VersionsCard extends Div {

    private final DraftService drafts;
    private final DraftComments comments;
    private final OpenDraft draft;
    private int shown;
    private @Nullable Integer compareWith;
    /** The reader chose what to compare with (or "no comparison"); until then the two latest versions are compared. */
    private boolean compareChosen;

    VersionsCard(DraftService drafts, DraftComments comments, OpenDraft draft) {
        this.drafts = drafts;
        this.comments = comments;
        this.draft = draft;
        addClassNames("card", "draft-versions");
        showLatest();
    }

    /** Back to the latest version, compared with the one before it (after the draft moved on). */
    void showLatest() {
        shown = draft.details().progress().latestNumber();
        compareWith = null;
        compareChosen = false;
    }

    /** Draws the card again for the draft as it now is, keeping the reader's choice of versions. */
    void render() {
        removeAll();
        add(new H3(getTranslation("drafts.versions")));
        List<Integer> numbers =
                draft.details().versions().stream().map(VersionSummary::number).toList();
        Integer against = compareChosen ? compareWith : shown > 1 ? Integer.valueOf(shown - 1) : null;
        Select<Integer> pick = new Select<>();
        pick.setLabel(getTranslation("drafts.version"));
        pick.setItems(numbers);
        pick.setItemLabelGenerator(this::versionLabel);
        pick.setValue(shown);
        Select<Integer> compare = new Select<>();
        compare.setLabel(getTranslation("drafts.compareWith"));
        compare.setItems(numbers.stream().filter(n -> n != shown).toList());
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
                shown = e.getValue();
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
        add(pickers);
        long topicId = draft.topicId();
        VersionRow v = drafts.version(topicId, shown);
        Span meta = new Span(
                getTranslation("drafts.submittedBy", v.number(), v.submittedBy(), Formats.dateTime(v.submittedAt()))
                        + (v.note() == null ? "" : " — " + v.note()));
        meta.addClassName("version-meta");
        Anchor word = new Anchor(
                DraftLinks.versionDocx(topicId, v.number()), getTranslation("drafts.downloadVersion", v.number()));
        word.getElement().setAttribute("download", true);
        word.addClassName("download-link");
        add(meta, word);
        if (against != null) {
            int older = Math.min(against, shown);
            int newer = Math.max(against, shown);
            Paragraph help = new Paragraph(getTranslation("drafts.diffHelp", older, newer));
            help.addClassName("diff-help");
            add(
                    help,
                    new VersionDiff(drafts.compare(topicId, older, newer)),
                    new H3(getTranslation("drafts.fullText", v.number())));
        }
        add(new Html("<div class=\"draft-body\">" + v.bodyHtml() + "</div>"));
        if (!v.attachments().isEmpty()) {
            Div gallery = new Div();
            gallery.addClassName("gallery");
            v.attachments().forEach(a -> gallery.add(new AttachmentTile(a)));
            add(new H3(getTranslation("drafts.attachments")), gallery);
        }
        add(new CommentsPanel(comments, draft.details(), v.number()));
    }

    /** "v2 · 28/11/2026": short enough to be read whole in the picker. */
    private String versionLabel(@Nullable Integer n) {
        if (n == null) {
            return "";
        }
        return draft.details().versions().stream()
                .filter(v -> v.number() == n)
                .findFirst()
                .map(v -> "v" + n + " · "
                        + Formats.date(v.submittedAt().atZone(Formats.VIETNAM).toLocalDate()))
                .orElse("v" + n);
    }
}
