package io.github.konvent.examples;

import io.github.konvent.Catalog;
import io.github.konvent.query.Analyses;
import io.github.konvent.query.CatalogMerger;
import io.github.konvent.query.MergeConflict;
import io.github.konvent.query.MergeResult;
import io.github.konvent.query.Table;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For researchers: load catalogs from several files (any supported format), merge them — the
 * same id is the same entity, conflicting facts are reported — and list who spoke at which events.
 *
 * <p>Run it with {@code java -cp examples/target/konvent.jar io.github.konvent.examples.ResearchExample FILE...}.
 */
public final class ResearchExample {
    private ResearchExample() {}

    /**
     * @param files catalog files
     * @return the merged catalog and the conflicts between the files
     */
    public static MergeResult load(List<Path> files) {
        Map<String, Catalog> catalogs = new LinkedHashMap<>();
        for (Path file : files) {
            catalogs.put(file.getFileName().toString(), CatalogFiles.read(file));
        }
        return CatalogMerger.merge(catalogs);
    }

    /**
     * @param catalog a catalog
     * @return one row per person, event and role: person, event, year, role, on behalf of
     */
    public static Table whoSpokeWhere(Catalog catalog) {
        return Analyses.of(catalog).appearances();
    }

    /**
     * Prints who spoke where in the given files, and any conflict between them.
     *
     * @param args catalog files
     */
    public static void main(String... args) {
        PrintStream out = System.out;
        MergeResult merged = load(java.util.Arrays.stream(args).map(Path::of).toList());
        for (Table.Row row : whoSpokeWhere(merged.catalog()).rows()) {
            out.printf("%-28s %-12s %s (%s)%n", row.text("person"), row.text("role"), row.text("event"),
                    row.text("year"));
        }
        for (MergeConflict conflict : merged.conflicts()) {
            out.println("conflict: " + conflict);
        }
    }
}
