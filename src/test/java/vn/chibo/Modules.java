package vn.chibo;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.data.repository.Repository;

/**
 * The application's modules as the code has them: each top-level package under {@code vn.chibo} is one, and what a
 * class of one module may use of another. Read by {@code ArchitectureTest} (the rule) and {@code ModuleGraphTest}
 * (the picture in docs/architecture.md).
 */
final class Modules {

    static final String BASE = "vn.chibo";

    /** Libraries every module may use as it likes; they know no feature. */
    static final Set<String> SHARED = Set.of("base", "document", "files");

    /** Modules that put features together (pages and jobs across features); no feature uses them. */
    static final Set<String> COMPOSERS = Set.of("dashboard", "demo", "export", "layout", "search");

    private Modules() {}

    /** The application's classes (no tests), imported once for both tests that read them: the import is slow. */
    static JavaClasses classes() {
        return Imported.CLASSES;
    }

    private static final class Imported {
        static final JavaClasses CLASSES = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    /** The module of a class of the application ("plan", "minutes"...), or empty for the root package and others. */
    static Optional<String> of(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(BASE + ".")) {
            return Optional.empty();
        }
        String rest = pkg.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** The layer of a class inside its module: "domain", "service", "ui", or "" for the module's own package. */
    static String layer(JavaClass c, String module) {
        String rest =
                c.getPackageName().substring(Math.min(c.getPackageName().length(), (BASE + "." + module).length()));
        if (rest.isEmpty()) {
            return "";
        }
        rest = rest.substring(1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * Why a dependency of one module on another is allowed, or empty when it is a crossing: a feature reaches another
     * through that feature's {@code service} package (its API, with its access rules); it may name the other's domain
     * types (entities its records refer to, enums, value types its service hands out) but never its repositories; a
     * user-interface class may place another feature's UI components (the cell chosen in the layout, the password
     * page); and the shared libraries are everyone's. Composers use any feature on the same terms.
     */
    static Optional<String> allowed(Dependency d) {
        JavaClass from = d.getOriginClass();
        JavaClass to = d.getTargetClass().getBaseComponentType();
        Optional<String> a = of(from);
        Optional<String> b = of(to);
        if (a.isEmpty() || b.isEmpty() || a.get().equals(b.get())) {
            return Optional.of("inside one module");
        }
        if (SHARED.contains(b.get())) {
            return Optional.of("shared library");
        }
        String targetLayer = layer(to, b.get());
        if (targetLayer.equals("service")) {
            return Optional.of("service API");
        }
        if (targetLayer.equals("domain") && !to.isAssignableTo(Repository.class)) {
            return Optional.of("domain type");
        }
        boolean fromUi = layer(from, a.get()).equals("ui") || a.get().equals("layout");
        if (targetLayer.equals("ui") && fromUi) {
            return Optional.of("UI component");
        }
        return Optional.empty();
    }

    /** Module → the modules it uses (shared libraries left out: everyone uses them), from the compiled classes. */
    static SortedMap<String, SortedSet<String>> graph(JavaClasses classes) {
        SortedMap<String, SortedSet<String>> graph = new TreeMap<>();
        for (JavaClass c : classes) {
            Optional<String> a = of(c);
            if (a.isEmpty() || SHARED.contains(a.get())) {
                continue;
            }
            SortedSet<String> uses = graph.computeIfAbsent(a.get(), k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                of(d.getTargetClass().getBaseComponentType())
                        .filter(b -> !b.equals(a.get()) && !SHARED.contains(b))
                        .ifPresent(uses::add);
            }
        }
        return graph;
    }
}
