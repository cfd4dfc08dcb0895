package vn.chibo.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/**
 * A WYSIWYG editor with formatting buttons (Quill 2, BSD-3-Clause, served from /vendor/quill by the build,
 * so no frontend build is needed). The value is the editor's HTML; whoever stores it must sanitise it on
 * the server, as anything can arrive from a browser.
 */
@Tag("div")
public class RichTextEditor extends AbstractSinglePropertyField<RichTextEditor, String> implements HasSize {

    public static final String SCRIPT = "/vendor/quill/quill.js";
    public static final String STYLE = "/vendor/quill/quill.snow.css";

    private final String placeholder;

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

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addStyleSheet(STYLE);
        event.getUI().getPage().addJavaScript(SCRIPT);
        // Changes go to the server a moment after typing stops, and at once when the editor loses focus
        // (before a click on "Save" is handled), so what is saved is what is on screen.
        getElement().executeJs("""
                const el = this, html = $0, placeholder = $1;
                const start = (tries) => {
                  if (!window.Quill) { if (tries > 0) setTimeout(() => start(tries - 1), 100); return; }
                  if (el.__quill) return;
                  const area = el.querySelector('.rte-area');
                  const q = new window.Quill(area, { theme: 'snow', placeholder, modules: { toolbar: [
                    [{ header: [1, 2, 3, false] }], ['bold', 'italic', 'underline', 'strike'],
                    [{ list: 'ordered' }, { list: 'bullet' }], [{ indent: '-1' }, { indent: '+1' }],
                    [{ align: [] }], ['blockquote', 'link'], ['clean'] ] } });
                  el.__quill = q;
                  el.__setHtml = (h) => { q.setContents(q.clipboard.convert({ html: h || '' }), 'silent');
                                          q.history.clear(); el.value = h || ''; };
                  el.__setHtml(html);
                  let timer;
                  const flush = () => { clearTimeout(timer); const h = q.getText().trim().length ? q.getSemanticHTML() : '';
                                        if (h !== el.value) { el.value = h; el.dispatchEvent(new CustomEvent('value-changed')); } };
                  q.on('text-change', () => { clearTimeout(timer); timer = setTimeout(flush, 300); });
                  q.on('selection-change', (range) => { if (!range) flush(); });
                  q.root.addEventListener('blur', flush);
                  el.__flush = flush;
                };
                start(100);""", getValue(), placeholder);
    }
}
