package vn.chibo.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A WYSIWYG editor with formatting buttons (Quill 2, BSD-3-Clause, served from /vendor/quill by the build,
 * so no frontend build is needed). The value is the editor's HTML; whoever stores it must sanitise it on
 * the server, as anything can arrive from a browser.
 *
 * <p>For autosave the editor knows which text the server has confirmed as saved ({@link #confirmSaved}): while
 * the text on screen is not confirmed, leaving the page asks first, and — when {@link #saveOnLeave} gave an
 * address — the text is posted there as the page goes away (a Vaadin round trip started while the page unloads
 * is not guaranteed to reach the server; a keep-alive request is).
 */
@Tag("div")
public class RichTextEditor extends AbstractSinglePropertyField<RichTextEditor, String> implements HasSize {

    public static final String SCRIPT = "/vendor/quill/quill.js";
    public static final String STYLE = "/vendor/quill/quill.snow.css";

    private final String placeholder;
    private int sendDelayMillis = 300;
    private boolean trackSaved;
    private @Nullable String leaveUrl;
    private Map<String, String> leaveFields = Map.of();

    public RichTextEditor(String placeholder, String ariaLabel) {
        super("value", "", false);
        this.placeholder = placeholder;
        addClassName("rich-text-editor");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", ariaLabel);
        Element area = new Element("div");
        area.getClassList().add("rte-area");
        getElement().appendChild(area);
        addValueChangeListener(e -> {
            if (!e.isFromClient() && isAttached()) {
                getElement().executeJs("this.__setHtml && this.__setHtml($0)", e.getValue());
            }
        });
    }

    /** How long after typing stops the text goes to the server (it always goes at once when the editor is left). */
    public void setSendDelay(int millis) {
        this.sendDelayMillis = millis;
    }

    /**
     * Turns the "unsaved text" warning on: from now on, text typed and not yet confirmed by {@link #confirmSaved}
     * makes leaving the page ask first.
     *
     * @param leaveFields the form fields to post with the text when the page goes away (e.g. the row's version)
     */
    public void trackUnsaved(Map<String, String> leaveFields) {
        this.trackSaved = true;
        this.leaveFields = Map.copyOf(leaveFields);
        if (isAttached()) {
            getElement().executeJs("this.__track = true; this.__leaveFields = JSON.parse($0)", json(this.leaveFields));
        }
    }

    /**
     * The server saved this text (the value as it came from the browser): the page may be left without asking
     * while it is still what is on screen.
     */
    public void confirmSaved(String value, Map<String, String> leaveFields) {
        this.leaveFields = Map.copyOf(leaveFields);
        getElement().executeJs("this.__confirm && this.__confirm($0, $1)", value, json(this.leaveFields));
    }

    /**
     * Where to post the text ({@code html} plus the fields of {@link #confirmSaved}, form-encoded) when the page is
     * left with text the server has not confirmed; {@code null} turns that off (e.g. after a conflicting edit).
     */
    public void saveOnLeave(@Nullable String url) {
        this.leaveUrl = url;
        if (isAttached()) {
            getElement().executeJs("this.__leaveUrl = $0", url);
        }
    }

    /**
     * What screen readers (and tooltips) call each toolbar control, in the page's language: keyed as Quill names
     * them in its own English labels ("bold", "list: ordered"), pickers by their format ("header") and their
     * items by format and value ("header: 1", "align: " for the default).
     */
    public Map<String, String> toolbarLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String format :
                new String[] {"bold", "italic", "underline", "strike", "blockquote", "link", "clean", "header", "align"
                }) {
            labels.put(format, getTranslation("editor." + format));
        }
        labels.put("list: ordered", getTranslation("editor.list.ordered"));
        labels.put("list: bullet", getTranslation("editor.list.bullet"));
        labels.put("indent: -1", getTranslation("editor.indent.less"));
        labels.put("indent: +1", getTranslation("editor.indent.more"));
        for (String level : new String[] {"1", "2", "3"}) {
            labels.put("header: " + level, getTranslation("editor.header." + level));
        }
        labels.put("header: ", getTranslation("editor.header.none"));
        labels.put("align: ", getTranslation("editor.align.left"));
        for (String align : new String[] {"center", "right", "justify"}) {
            labels.put("align: " + align, getTranslation("editor.align." + align));
        }
        return labels;
    }

    /** For tests: text arriving from the browser, as if typed. */
    public void receiveFromBrowser(String html) {
        setModelValue(html, true);
    }

    private static String json(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder("{");
        fields.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "")
                .append(quote(k))
                .append(':')
                .append(quote(v)));
        return sb.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addStyleSheet(STYLE);
        event.getUI().getPage().addJavaScript(SCRIPT);
        // Changes go to the server a moment after typing stops, and at once when the editor loses focus
        // (before a click on "Save" is handled) or the page is hidden, so what is saved is what is on screen.
        getElement()
                .executeJs(
                        """
                const el = this, html = $0, placeholder = $1, delay = $2, track = $3;
                el.__leaveUrl = $4; el.__leaveFields = JSON.parse($5);
                const start = (tries) => {
                  if (!window.Quill) { if (tries > 0) setTimeout(() => start(tries - 1), 100); return; }
                  if (el.__quill) return;
                  const area = el.querySelector('.rte-area');
                  const q = new window.Quill(area, { theme: 'snow', placeholder, modules: { toolbar: [
                    [{ header: [1, 2, 3, false] }], ['bold', 'italic', 'underline', 'strike'],
                    [{ list: 'ordered' }, { list: 'bullet' }], [{ indent: '-1' }, { indent: '+1' }],
                    [{ align: [] }], ['blockquote', 'link'], ['clean'] ] } });
                  el.__quill = q;
                  // Quill labels its controls in English ("bold", "list: ordered"): say them in the page's language
                  const labels = JSON.parse($6), bar = q.getModule('toolbar').container;
                  bar.querySelectorAll('button[aria-label]').forEach((b) => {
                    const l = labels[b.getAttribute('aria-label')]; if (l) { b.setAttribute('aria-label', l); b.title = l; } });
                  bar.querySelectorAll('.ql-picker').forEach((p) => {
                    const format = [...p.classList].find((c) => c.startsWith('ql-') && c !== 'ql-picker' && c !== 'ql-expanded');
                    const name = format ? format.substring(3) : '';
                    const label = p.querySelector('.ql-picker-label');
                    if (label && labels[name]) { label.setAttribute('aria-label', labels[name]); label.title = labels[name]; }
                    p.querySelectorAll('.ql-picker-item').forEach((i) => {
                      const l = labels[name + ': ' + (i.getAttribute('data-value') || '')]; if (l) i.setAttribute('aria-label', l); });
                  });
                  const current = () => q.getText().trim().length ? q.getSemanticHTML() : '';
                  el.__setHtml = (h) => { q.setContents(q.clipboard.convert({ html: h || '' }), 'silent');
                                          q.history.clear(); el.value = h || ''; el.__confirmed = current(); };
                  el.__setHtml(html);
                  el.__confirm = (h, fields) => { el.__confirmed = h; el.__leaveFields = JSON.parse(fields); };
                  el.__track = track;
                  el.__unsaved = () => el.__track && current() !== el.__confirmed;
                  let timer;
                  const flush = () => { clearTimeout(timer); const h = current();
                                        if (h !== el.value) { el.value = h; el.dispatchEvent(new CustomEvent('value-changed')); } };
                  q.on('text-change', () => { clearTimeout(timer); timer = setTimeout(flush, delay); });
                  q.on('selection-change', (range) => { if (!range) flush(); });
                  q.root.addEventListener('blur', flush);
                  el.__flush = flush;
                  // the page is hidden (another tab, another app on a phone): send what is on screen while it still runs
                  document.addEventListener('visibilitychange', () => {
                    if (document.visibilityState === 'hidden' && !el.__leaving) flush(); });
                  // the page goes away: a keep-alive request outlives it (up to 64 kB; longer texts rely on the warning)
                  window.addEventListener('pagehide', () => {
                    if (!el.isConnected || !el.__unsaved() || !el.__leaveUrl) return;
                    clearTimeout(timer); el.__leaving = true;
                    const body = new URLSearchParams(el.__leaveFields); body.set('html', current());
                    fetch(el.__leaveUrl, { method: 'POST', body, keepalive: true, credentials: 'same-origin' }).catch(() => {});
                  });
                  // back from the browser's page cache the server's view of the draft may have moved on
                  window.addEventListener('pageshow', (e) => { if (e.persisted && el.__leaving) location.reload(); });
                  window.addEventListener('beforeunload', (e) => {
                    if (el.isConnected && el.__unsaved()) { flush(); e.preventDefault(); e.returnValue = ''; } });
                };
                start(100);""",
                        getValue(),
                        placeholder,
                        sendDelayMillis,
                        trackSaved,
                        leaveUrl,
                        json(leaveFields),
                        json(toolbarLabels()));
    }
}
