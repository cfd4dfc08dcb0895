package vn.chibo.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The elements one Vaadin UIDL answer attaches (tag, child nodes, text, properties), enough for a load client to
 * find what a person would act on: a link, a text area, a button by its caption, a roll-call radio group. And the
 * invocations the browser sends for acting on them: a property synchronised ({@code mSync}) and a DOM event.
 */
final class UidlPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // feature ids of Flow's state tree: element data, properties, children, attributes, text
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;

    private final Map<Integer, String> tags = new LinkedHashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final Map<Integer, Map<String, String>> properties = new HashMap<>(); // and attributes

    private final String answer;

    @Override
    public String toString() {
        return answer;
    }

    UidlPage(String answer) {
        this.answer = answer;
        for (JsonNode change : JSON.readTree(answer).path("changes")) {
            int node = change.path("node").asInt();
            int feature = change.path("feat").asInt(-1);
            String key = change.path("key").asString("");
            if (feature == ELEMENT_DATA && key.equals("tag")) {
                tags.put(node, change.path("value").asString());
            } else if (feature == TEXT && key.equals("text")) {
                texts.put(node, change.path("value").asString());
            } else if ((feature == PROPERTIES || feature == ATTRIBUTES) && change.has("value")) {
                properties
                        .computeIfAbsent(node, n -> new HashMap<>())
                        .put(key, change.path("value").asString(""));
            } else if (feature == CHILDREN
                    && "splice".equals(change.path("type").asString())) {
                for (JsonNode added : change.path("addNodes")) {
                    children.computeIfAbsent(node, n -> new ArrayList<>()).add(added.asInt());
                }
            }
        }
    }

    /** The targets of the links (anchors) on the page whose address starts with {@code prefix}. */
    List<String> links(String prefix) {
        return properties.values().stream()
                .map(p -> p.get("href"))
                .filter(href -> href != null && href.startsWith(prefix))
                .distinct()
                .toList();
    }

    List<Integer> nodesOfTag(String tag) {
        return tags.entrySet().stream()
                .filter(e -> e.getValue().equals(tag))
                .map(Map.Entry::getKey)
                .toList();
    }

    boolean hasText(String text) {
        return texts.containsValue(text);
    }

    /** The first text of the page that starts with {@code prefix}, or null. */
    String textStartingWith(String prefix) {
        return texts.values().stream()
                .filter(t -> t.startsWith(prefix))
                .findFirst()
                .orElse(null);
    }

    /** Whether some text of the page contains {@code fragment}. */
    boolean containsText(String fragment) {
        return texts.values().stream().anyMatch(t -> t.contains(fragment));
    }

    /**
     * The select ({@code vaadin-select}) that offers an item labelled {@code label}, and the value its client sends
     * for that item; null when there is none.
     */
    int[] selectWithItem(String label) {
        Map<Integer, Integer> parents = new HashMap<>();
        children.forEach((parent, list) -> list.forEach(c -> parents.put(c, parent)));
        for (int item : nodesOfTag("vaadin-select-item")) {
            boolean labelled =
                    children.getOrDefault(item, List.of()).stream().anyMatch(c -> label.equals(texts.get(c)));
            String value = properties.getOrDefault(item, Map.of()).get("value");
            if (!labelled || value == null) {
                continue;
            }
            for (Integer up = parents.get(item); up != null; up = parents.get(up)) {
                if ("vaadin-select".equals(tags.get(up))) {
                    return new int[] {up, Integer.parseInt(value)};
                }
            }
        }
        return null;
    }

    /**
     * The button whose caption is {@code text}, or -1. Not one labelled otherwise for those who listen (a chair's
     * "Tán thành" in the line of a member voting by hand says "Ghi phiếu cho …"): that is not the reader's own.
     */
    int buttonWithText(String text) {
        return nodesOfTag("vaadin-button").stream()
                .filter(b -> !properties.getOrDefault(b, Map.of()).containsKey("aria-label"))
                .filter(b -> children.getOrDefault(b, List.of()).stream().anyMatch(c -> text.equals(texts.get(c))))
                .findFirst()
                .orElse(-1);
    }

    /** A property value typed or chosen in the browser, as its client sends it. */
    static String setValue(int node, String value) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":"
                + JSON.writeValueAsString(value) + "}";
    }

    static String click(int node) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{}}";
    }
}
