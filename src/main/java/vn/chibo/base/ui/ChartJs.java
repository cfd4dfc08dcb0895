package vn.chibo.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by Chart.js (MIT, from its WebJar, loaded at run time: no frontend build).
 * The chart is described on the server as plain data ({@link #bar}), which tests can check without a browser.
 */
public class ChartJs extends Div {

    /** The Chart.js WebJar version on the class path (see chartjs.version in pom.xml). */
    public static final String VERSION = "4.5.1";

    public static final String SCRIPT = "/webjars/chart.js/" + VERSION + "/dist/chart.umd.min.js";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PALETTE =
            List.of("#b3261e", "#d4a017", "#2e7d32", "#1565c0", "#6a1b9a", "#ef6c00", "#00838f");

    private @Nullable Map<String, Object> config;

    public ChartJs(String ariaLabel) {
        addClassName("chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", ariaLabel);
        getElement().appendChild(new Element("canvas"));
    }

    /** A bar chart: one bar (or stack) per label, one series per dataset. */
    public ChartJs bar(
            List<String> labels, Map<String, List<? extends Number>> series, boolean stacked, boolean horizontal) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        int i = 0;
        for (var e : series.entrySet()) {
            Map<String, Object> ds = new LinkedHashMap<>();
            ds.put("label", e.getKey());
            ds.put("data", e.getValue());
            ds.put("backgroundColor", PALETTE.get(i++ % PALETTE.size()));
            ds.put("borderRadius", 4);
            datasets.add(ds);
        }
        Map<String, Object> axis = Map.of("stacked", stacked, "beginAtZero", true, "ticks", Map.of("precision", 0));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        options.put("indexAxis", horizontal ? "y" : "x");
        options.put("scales", Map.of("x", axis, "y", axis));
        options.put("plugins", Map.of("legend", Map.of("position", "bottom")));
        config = Map.of("type", "bar", "data", Map.of("labels", labels, "datasets", datasets), "options", options);
        draw();
        return this;
    }

    /** Fixes the value axis at 0–{@code max} (a rate in %), so a year with no figure yet still reads as one. */
    @SuppressWarnings("unchecked")
    public ChartJs valueAxisUpTo(int max) {
        if (config != null) {
            Map<String, Object> options = (Map<String, Object>) config.get("options");
            boolean horizontal = "y".equals(options.get("indexAxis"));
            Map<String, Object> value = Map.of("beginAtZero", true, "max", max, "ticks", Map.of("precision", 0));
            Map<String, Object> category =
                    ((Map<String, Map<String, Object>>) options.get("scales")).get(horizontal ? "y" : "x");
            options.put("scales", horizontal ? Map.of("x", value, "y", category) : Map.of("x", category, "y", value));
            draw();
        }
        return this;
    }

    /** The chart as described to Chart.js (labels, datasets...). */
    public @Nullable Map<String, Object> getConfig() {
        return config;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    private void draw() {
        if (config == null || !isAttached()) {
            return;
        }
        // the script is a page dependency: Flow loads it before running this, but wait briefly just in case
        getElement().executeJs("""
                const el = this, cfg = JSON.parse($0);
                const draw = (tries) => {
                  if (!window.Chart) { if (tries > 0) setTimeout(() => draw(tries - 1), 100); return; }
                  if (el.__chart) el.__chart.destroy();
                  el.__chart = new window.Chart(el.querySelector('canvas'), cfg);
                };
                draw(50);""", JSON.writeValueAsString(config));
    }
}
