package vn.chibo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The module graph drawn two ways: a Mermaid {@code flowchart} (GitHub renders it in the Markdown) and an SVG of our
 * own layered layout, so that neither the build nor a reader needs Graphviz. Deterministic: the same graph gives the
 * same text, so the committed picture can be compared with the code's.
 */
final class ModuleDiagram {

    private static final int BOX_WIDTH = 118;
    private static final int BOX_HEIGHT = 34;
    private static final int GAP_X = 22;
    private static final int GAP_Y = 74;
    private static final int MARGIN = 20;
    private static final int CAPTION = 34;
    /** Where the first lane beside the boxes runs, and the distance between lanes. */
    private static final int LANE_START = 16;

    private static final int LANE_GAP = 9;
    /** Wide enough for the caption line. */
    private static final int MIN_WIDTH = 760;

    private ModuleDiagram() {}

    /**
     * The modules in layers, top first: a module sits above every module it uses (the graph has no cycles), and in its
     * layer near the modules it is linked to (a few barycentre sweeps), so that few lines cross.
     */
    static List<List<String>> layers(SortedMap<String, SortedSet<String>> graph) {
        Map<String, Integer> depth = new HashMap<>();
        graph.keySet().forEach(m -> depthOf(m, graph, depth, Set.of()));
        int top = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<List<String>> layers = new ArrayList<>();
        for (int d = top; d >= 0; d--) {
            int level = d;
            layers.add(new ArrayList<>(
                    graph.keySet().stream().filter(m -> depth.get(m) == level).toList()));
        }
        for (int sweep = 0; sweep < 4; sweep++) {
            for (int i = 1; i < layers.size(); i++) {
                order(
                        layers.get(i),
                        layers.get(i - 1),
                        (m, other) -> graph.get(other).contains(m));
            }
            for (int i = layers.size() - 2; i >= 0; i--) {
                order(
                        layers.get(i),
                        layers.get(i + 1),
                        (m, other) -> graph.get(m).contains(other));
            }
        }
        return layers;
    }

    private static int depthOf(
            String m, SortedMap<String, SortedSet<String>> graph, Map<String, Integer> depth, Set<String> path) {
        Integer known = depth.get(m);
        if (known != null) {
            return known;
        }
        if (path.contains(m)) {
            throw new IllegalStateException("modules in a cycle: " + path);
        }
        Set<String> deeper = new HashSet<>(path);
        deeper.add(m);
        int d = graph.getOrDefault(m, new TreeSet<>()).stream()
                .mapToInt(u -> depthOf(u, graph, depth, deeper) + 1)
                .max()
                .orElse(0);
        depth.put(m, d);
        return d;
    }

    private interface Link {
        boolean between(String module, String other);
    }

    /** Sorts a layer by the mean position of its links in the neighbouring layer (unlinked modules keep theirs). */
    private static void order(List<String> layer, List<String> neighbour, Link link) {
        Map<String, Double> weight = new HashMap<>();
        for (int i = 0; i < layer.size(); i++) {
            String m = layer.get(i);
            double sum = 0;
            int n = 0;
            for (int j = 0; j < neighbour.size(); j++) {
                if (link.between(m, neighbour.get(j))) {
                    sum += j * (layer.size() + 1.0) / (neighbour.size() + 1.0);
                    n++;
                }
            }
            weight.put(m, n == 0 ? i : sum / n);
        }
        layer.sort(Comparator.comparingDouble((String m) -> weight.get(m)).thenComparing(Comparator.naturalOrder()));
    }

    /** A Mermaid flowchart, top-down, composers shaded. */
    static String mermaid(SortedMap<String, SortedSet<String>> graph) {
        StringBuilder out = new StringBuilder("```mermaid\nflowchart TD\n");
        out.append("    classDef composer fill:#fdf0d5,stroke:#b7791f\n");
        for (String m : graph.keySet()) {
            out.append("    ")
                    .append(m)
                    .append('[')
                    .append(m)
                    .append(']')
                    .append(Modules.COMPOSERS.contains(m) ? ":::composer" : "")
                    .append('\n');
        }
        graph.forEach((m, uses) -> uses.forEach(
                u -> out.append("    ").append(m).append(" --> ").append(u).append('\n')));
        return out.append("```\n").toString();
    }

    /**
     * The same graph as an SVG picture: layers top-down; a line between neighbouring layers is a curve from the user
     * to the module used, and a line that skips layers runs in a lane of its own beside the boxes (never through one).
     */
    static String svg(SortedMap<String, SortedSet<String>> graph) {
        List<List<String>> layers = layers(graph);
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            for (String m : layers.get(i)) {
                row.put(m, i);
            }
        }
        List<String[]> near = new ArrayList<>();
        List<String[]> far = new ArrayList<>();
        graph.forEach((m, uses) ->
                uses.forEach(u -> (row.get(u) - row.get(m) == 1 ? near : far).add(new String[] {m, u})));
        // shorter skips in the inner lanes, so that lanes cross fewer lines
        far.sort(Comparator.comparingInt((String[] e) -> row.get(e[1]) - row.get(e[0]))
                .thenComparingInt(e -> row.get(e[0]))
                .thenComparing(e -> e[0])
                .thenComparing(e -> e[1]));
        int leftLanes = (far.size() + 1) / 2;
        int rightLanes = far.size() / 2;
        int widest = layers.stream().mapToInt(List::size).max().orElse(1);
        int boxesWidth = widest * BOX_WIDTH + (widest - 1) * GAP_X;
        int boxesLeft = MARGIN + LANE_START + leftLanes * LANE_GAP;
        int width = Math.max(MIN_WIDTH, boxesLeft + boxesWidth + LANE_START + rightLanes * LANE_GAP + MARGIN);
        int height = 2 * MARGIN + layers.size() * BOX_HEIGHT + (layers.size() - 1) * GAP_Y + CAPTION;
        Map<String, int[]> at = new TreeMap<>();
        for (int i = 0; i < layers.size(); i++) {
            List<String> layer = layers.get(i);
            int rowWidth = layer.size() * BOX_WIDTH + (layer.size() - 1) * GAP_X;
            int x = boxesLeft + (boxesWidth - rowWidth) / 2;
            int y = MARGIN + i * (BOX_HEIGHT + GAP_Y);
            for (String m : layer) {
                at.put(m, new int[] {x, y});
                x += BOX_WIDTH + GAP_X;
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"14\">\n");
        out.append(
                "  <title>Chi bộ: the modules and the modules each one uses (generated by ModuleGraphTest)</title>\n");
        out.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#5a6b7d\"/>"
                + "</marker></defs>\n");
        out.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (String[] e : near) {
            int[] from = at.get(e[0]);
            int[] to = at.get(e[1]);
            int x1 = from[0] + BOX_WIDTH / 2;
            int y1 = from[1] + BOX_HEIGHT;
            int x2 = to[0] + BOX_WIDTH / 2;
            int y2 = to[1];
            int bend = GAP_Y / 2;
            line(
                    out,
                    "M" + x1 + "," + y1 + " C" + x1 + "," + (y1 + bend) + " " + x2 + "," + (y2 - bend) + " " + x2 + ","
                            + y2,
                    e);
        }
        for (int k = 0; k < far.size(); k++) {
            String[] e = far.get(k);
            int[] from = at.get(e[0]);
            int[] to = at.get(e[1]);
            boolean left = k % 2 == 0;
            int lane = k / 2;
            int laneX = left
                    ? boxesLeft - LANE_START - lane * LANE_GAP
                    : boxesLeft + boxesWidth + LANE_START + lane * LANE_GAP;
            // from the side of a box with none beside it on that side, else from its bottom (into the gap between
            // rows), so that no line runs through a box
            int spread = (k % 5 - 2) * 7;
            int step = 10 + (k % 5) * 5;
            StringBuilder path = new StringBuilder();
            if (outermost(layers, e[0], left)) {
                path.append('M')
                        .append(left ? from[0] : from[0] + BOX_WIDTH)
                        .append(',')
                        .append(from[1] + BOX_HEIGHT / 2 + 4);
            } else {
                path.append('M')
                        .append(from[0] + BOX_WIDTH / 2 + spread)
                        .append(',')
                        .append(from[1] + BOX_HEIGHT)
                        .append(" V")
                        .append(from[1] + BOX_HEIGHT + step);
            }
            path.append(" H").append(laneX);
            if (outermost(layers, e[1], left)) {
                path.append(" V")
                        .append(to[1] + BOX_HEIGHT / 2 - 4)
                        .append(" H")
                        .append(left ? to[0] : to[0] + BOX_WIDTH);
            } else {
                path.append(" V")
                        .append(to[1] - step)
                        .append(" H")
                        .append(to[0] + BOX_WIDTH / 2 + spread)
                        .append(" V")
                        .append(to[1]);
            }
            line(out, path.toString(), e);
        }
        at.forEach((m, p) -> {
            boolean composer = Modules.COMPOSERS.contains(m);
            out.append("  <rect x=\"")
                    .append(p[0])
                    .append("\" y=\"")
                    .append(p[1])
                    .append("\" width=\"")
                    .append(BOX_WIDTH)
                    .append("\" height=\"")
                    .append(BOX_HEIGHT)
                    .append("\" rx=\"6\" fill=\"")
                    .append(composer ? "#fdf0d5" : "#e3ecf7")
                    .append("\" stroke=\"")
                    .append(composer ? "#b7791f" : "#2b5c8a")
                    .append("\"/>\n");
            out.append("  <text x=\"")
                    .append(p[0] + BOX_WIDTH / 2)
                    .append("\" y=\"")
                    .append(p[1] + BOX_HEIGHT / 2 + 5)
                    .append("\" text-anchor=\"middle\" fill=\"#1a2a3a\">")
                    .append(m)
                    .append("</text>\n");
        });
        out.append("  <text x=\"")
                .append(MARGIN)
                .append("\" y=\"")
                .append(height - MARGIN / 2)
                .append("\" font-size=\"12\" fill=\"#44525f\">Shaded: composers (use any feature's services)."
                        + " Every module may use the shared libraries base, document and files (not drawn).</text>\n");
        return out.append("</svg>\n").toString();
    }

    private static boolean outermost(List<List<String>> layers, String module, boolean left) {
        List<String> layer =
                layers.stream().filter(l -> l.contains(module)).findFirst().orElseThrow();
        return layer.indexOf(module) == (left ? 0 : layer.size() - 1);
    }

    private static void line(StringBuilder out, String path, String[] edge) {
        out.append("  <path d=\"")
                .append(path)
                .append("\" fill=\"none\" stroke=\"#5a6b7d\" stroke-opacity=\"0.6\""
                        + " stroke-width=\"1.3\" marker-end=\"url(#arrow)\"><title>")
                .append(edge[0])
                .append(" uses ")
                .append(edge[1])
                .append("</title></path>\n");
    }
}
