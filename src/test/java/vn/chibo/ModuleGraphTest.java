package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md and docs/modules.svg show the module graph of the compiled code: this test derives it and
 * fails when the committed pictures differ, saying how to write them again.
 */
class ModuleGraphTest {

    static final String BEGIN = "<!-- module-graph:begin (written by ModuleGraphTest, do not edit) -->";
    static final String END = "<!-- module-graph:end -->";
    static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    static final Path SVG = Path.of("docs/modules.svg");
    static final String REGENERATE = "the module graph in the docs differs from the code's; write it again with\n"
            + "  ./mvnw -o -q test -Dtest=ModuleGraphTest -Dchibo.writeDocs=true\nand commit docs/architecture.md and"
            + " docs/modules.svg";

    private static final JavaClasses CLASSES = Modules.classes();

    @Test
    void theDocsShowTheModulesAsTheCodeHasThem() throws IOException {
        SortedMap<String, SortedSet<String>> graph = Modules.graph(CLASSES);
        String markdown = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
        String expectedMarkdown = withGraph(markdown, ModuleDiagram.mermaid(graph));
        String expectedSvg = ModuleDiagram.svg(graph);
        if (Boolean.getBoolean("chibo.writeDocs")) {
            Files.writeString(ARCHITECTURE, expectedMarkdown, StandardCharsets.UTF_8);
            Files.writeString(SVG, expectedSvg, StandardCharsets.UTF_8);
            return;
        }
        assertThat(markdown).as(REGENERATE).isEqualTo(expectedMarkdown);
        assertThat(Files.exists(SVG) ? Files.readString(SVG, StandardCharsets.UTF_8) : "")
                .as(REGENERATE)
                .isEqualTo(expectedSvg);
    }

    /** The Markdown with the text between the markers replaced; the markers must be there once. */
    static String withGraph(String markdown, String mermaid) {
        int begin = markdown.indexOf(BEGIN);
        int end = markdown.indexOf(END);
        if (begin < 0 || end < begin || markdown.indexOf(BEGIN, begin + 1) >= 0) {
            throw new IllegalStateException(
                    "docs/architecture.md needs the markers " + BEGIN + " and " + END + " once");
        }
        return markdown.substring(0, begin + BEGIN.length()) + "\n" + mermaid + markdown.substring(end);
    }

    @Test
    void theGraphHasTheFeaturesAndNoShortcutsTheRulesForbid() {
        SortedMap<String, SortedSet<String>> graph = Modules.graph(CLASSES);
        assertThat(graph)
                .containsKeys("plan", "meeting", "minutes", "draft", "organization", "security")
                .doesNotContainKeys("base", "document", "files");
        assertThat(graph.get("meeting")).contains("plan").doesNotContain("minutes");
        assertThat(graph.get("plan"))
                .as("plan owns the MeetingCalendar port; meeting implements it")
                .doesNotContain("meeting");
        graph.entrySet().stream()
                .filter(e -> !Modules.COMPOSERS.contains(e.getKey()))
                .forEach(e -> assertThat(e.getValue()).as(e.getKey()).doesNotContainAnyElementsOf(Modules.COMPOSERS));
    }

    @Test
    void everyModuleIsDrawnAboveTheModulesItUses() {
        SortedMap<String, SortedSet<String>> graph = graph(Map.of(
                "demo",
                List.of("plan", "meeting", "base2"),
                "meeting",
                List.of("plan", "organization"),
                "plan",
                List.of("organization"),
                "organization",
                List.of(),
                "base2",
                List.of()));
        List<List<String>> layers = ModuleDiagram.layers(graph);
        assertThat(layers).hasSize(4);
        assertThat(layers.get(0)).containsExactly("demo");
        assertThat(layers.get(3)).containsExactlyInAnyOrder("organization", "base2");
        graph.forEach((m, uses) -> uses.forEach(
                u -> assertThat(row(layers, m)).as(m + " above " + u).isLessThan(row(layers, u))));
    }

    @Test
    void bothPicturesNameEveryEdge() {
        SortedMap<String, SortedSet<String>> graph = graph(Map.of("search", List.of("plan"), "plan", List.of()));
        assertThat(ModuleDiagram.mermaid(graph)).isEqualTo("""
                ```mermaid
                flowchart TD
                    classDef composer fill:#fdf0d5,stroke:#b7791f
                    plan[plan]
                    search[search]:::composer
                    search --> plan
                ```
                """);
        assertThat(ModuleDiagram.svg(graph))
                .startsWith("<svg ")
                .contains("<title>search uses plan</title>")
                .contains(">plan</text>")
                .contains(">search</text>")
                .endsWith("</svg>\n");
    }

    @Test
    void aCycleIsRefusedRatherThanDrawn() {
        SortedMap<String, SortedSet<String>> graph = graph(Map.of("a", List.of("b"), "b", List.of("a")));
        assertThatThrownBy(() -> ModuleDiagram.layers(graph))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cycle");
    }

    private static int row(List<List<String>> layers, String module) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).contains(module)) {
                return i;
            }
        }
        throw new AssertionError(module + " not drawn");
    }

    private static SortedMap<String, SortedSet<String>> graph(Map<String, List<String>> edges) {
        SortedMap<String, SortedSet<String>> graph = new TreeMap<>();
        edges.forEach((m, uses) -> graph.put(m, new TreeSet<>(uses)));
        return graph;
    }
}
