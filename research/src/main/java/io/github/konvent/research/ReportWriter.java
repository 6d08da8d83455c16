package io.github.konvent.research;

import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.query.Analyses;
import io.github.konvent.query.CatalogMerger;
import io.github.konvent.query.MergeConflict;
import io.github.konvent.query.MergeResult;
import io.github.konvent.query.Network;
import io.github.konvent.query.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every research analysis of one or more catalogs into a directory: each table of
 * {@link Analyses#tables()} as {@code <name>.csv}, both co-occurrence networks as
 * {@code <name>.graphml}, and, when several catalogs were merged, {@code merge-conflicts.csv}.
 * The engine behind {@code konvent report [--in FILE...] --out DIR}.
 */
public final class ReportWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ReportWriter.class);

    /** The name of the conflicts table written when catalogs are merged. */
    public static final String CONFLICTS = "merge-conflicts";

    private ReportWriter() {}

    /**
     * What a report wrote.
     *
     * @param directory the output directory
     * @param files the files written, in order
     * @param rows the number of rows of each table, by table name
     * @param networks the node and edge counts of each network, by network name
     * @param conflicts the conflicts found while merging the catalogs
     */
    public record Summary(
            Path directory, List<Path> files, Map<String, Integer> rows, Map<String, int[]> networks,
            List<MergeConflict> conflicts) {
        /** Copies the collections. */
        public Summary {
            files = List.copyOf(files);
            rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
            networks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(networks));
            conflicts = List.copyOf(conflicts);
        }

        /** @return a few lines for a terminal: one per file with its size in rows or nodes and edges */
        public String text() {
            StringBuilder sb = new StringBuilder();
            sb.append("Wrote ").append(files.size()).append(" files to ").append(directory).append('\n');
            rows.forEach((name, n) -> sb.append(String.format("  %-32s %6d rows%n", name + ".csv", n)));
            networks.forEach((name, n) -> sb.append(
                    String.format("  %-32s %6d nodes %6d edges%n", name + ".graphml", n[0], n[1])));
            if (!conflicts.isEmpty()) {
                sb.append(conflicts.size()).append(" conflicting facts while merging (first source kept), see ")
                        .append(CONFLICTS).append(".csv\n");
            }
            return sb.toString();
        }
    }

    /**
     * @param catalog the catalog to analyse
     * @param directory the output directory, created if missing; files of the same name are replaced
     * @return what was written
     * @throws KonventException naming the file if something cannot be written
     */
    public static Summary write(Catalog catalog, Path directory) {
        return write(catalog, (List<MergeConflict>) null, directory);
    }

    /**
     * Merges the catalogs (see {@link CatalogMerger}: the same id is the same entity, conflicting
     * facts are reported and the earlier source's kept) and writes the report of the result.
     *
     * @param catalogs the catalogs by source name (e.g. file name), in order
     * @param directory the output directory, created if missing
     * @return what was written, with the merge conflicts
     */
    public static Summary write(Map<String, Catalog> catalogs, Path directory) {
        MergeResult merged = CatalogMerger.merge(catalogs);
        LOG.debug("merged {} catalogs with {} conflicts", catalogs.size(), merged.conflicts().size());
        return write(merged.catalog(), catalogs.size() > 1 ? merged.conflicts() : null, directory);
    }

    private static Summary write(Catalog catalog, List<MergeConflict> conflicts, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new KonventException("cannot create the report directory " + directory + ": " + e.getMessage(), e);
        }
        Analyses analyses = Analyses.of(catalog);
        List<Path> files = new ArrayList<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, int[]> networks = new LinkedHashMap<>();
        for (Table t : analyses.tables().values()) {
            Path f = directory.resolve(t.name() + ".csv");
            CsvWriter.write(t, f);
            LOG.debug("wrote {} rows to {}", t.size(), f);
            files.add(f);
            rows.put(t.name(), t.size());
        }
        if (conflicts != null) {
            Table t = conflictTable(conflicts);
            Path f = directory.resolve(t.name() + ".csv");
            CsvWriter.write(t, f);
            files.add(f);
            rows.put(t.name(), t.size());
        }
        for (Network n : analyses.networks()) {
            Path f = directory.resolve(n.name() + ".graphml");
            GraphMLWriter.write(n, f);
            LOG.debug("wrote {} nodes and {} edges to {}", n.nodes().size(), n.edges().size(), f);
            files.add(f);
            networks.put(n.name(), new int[] {n.nodes().size(), n.edges().size()});
        }
        return new Summary(directory, files, rows, networks, conflicts == null ? List.of() : conflicts);
    }

    /**
     * @param conflicts merge conflicts
     * @return them as a table {@code merge-conflicts}: kind, id, field, kept_value, kept_source,
     *     other_value, other_source
     */
    public static Table conflictTable(List<MergeConflict> conflicts) {
        Table.Builder t = Table.builder(CONFLICTS)
                .column("kind", String.class)
                .column("id", String.class)
                .column("field", String.class)
                .column("kept_value", String.class)
                .column("kept_source", String.class)
                .column("other_value", String.class)
                .column("other_source", String.class);
        for (MergeConflict c : conflicts) {
            t.row(c.kind(), c.id(), c.field(), c.keptValue(), c.keptSource(), c.otherValue(), c.otherSource());
        }
        return t.build();
    }
}
