// Konvent research script: loads a catalog and runs two analyses, without a project.
//
// Build the tool jar once, then run from the repository root:
//
//   ./mvnw -q -pl examples -am package -DskipTests
//   jshell --class-path examples/target/konvent.jar examples/scripts/research.jsh
//
// Without a file it analyses the five seed announcements. To analyse a Konvent JSON file:
//
//   jshell -R-Dkonvent.catalog=my-catalog.json --class-path examples/target/konvent.jar examples/scripts/research.jsh
//
// -R-Dkonvent.out=DIR also writes every table as CSV and the networks as GraphML into DIR.

import io.github.konvent.Catalog;
import io.github.konvent.query.Analyses;
import io.github.konvent.query.Table;

Catalog load(String file) throws Exception {
    if (file == null || file.isBlank()) {
        return io.github.konvent.testing.SeedCatalog.catalog();
    }
    try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))) {
        return io.github.konvent.json.KonventJson.read(in);
    }
}

void print(Table t, int limit, String... columns) {
    System.out.println("== " + t.name() + " (" + t.size() + " rows)");
    System.out.println(String.join(" | ", columns));
    t.rows().stream().limit(limit).forEach(r -> System.out.println(
            java.util.Arrays.stream(columns).map(r::text).collect(java.util.stream.Collectors.joining(" | "))));
}

Catalog catalog = load(System.getProperty("konvent.catalog"));
Analyses analyses = Analyses.of(catalog);
System.out.println("Catalog: " + catalog.events().size() + " events, " + catalog.sessionCount() + " sessions, "
        + catalog.organizations().size() + " organisations, " + catalog.people().size() + " people");

// 1. Which organisations keep appearing together?
print(analyses.organizationCooccurrence(), 10, "name_a", "name_b", "events");

// 2. How do the formats change over the years?
print(analyses.formatCounts(), 100, "year", "series_id", "format", "sessions", "minutes");

if (System.getProperty("konvent.out") != null) {
    System.out.print(io.github.konvent.research.ReportWriter
            .write(catalog, java.nio.file.Path.of(System.getProperty("konvent.out"))).text());
}
/exit
