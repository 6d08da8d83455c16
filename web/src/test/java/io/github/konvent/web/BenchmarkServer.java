package io.github.konvent.web;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.konvent.Catalog;
import io.github.konvent.jdbc.EventSearch;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.testing.SeedCatalog;
import io.github.konvent.testing.SyntheticCatalog;

/**
 * The server of the portal benchmark (docs/PERFORMANCE.md): the seed catalog plus the M synthetic
 * catalog in the database of the given JDBC URL (saved on first start), served on the given
 * loopback port until the process is stopped. Not a test; run with the test class path.
 */
public final class BenchmarkServer {
    private BenchmarkServer() {}

    /** @param args JDBC URL, user (or "-"), port @throws Exception on failure */
    public static void main(String[] args) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        if (!args[1].equals("-")) {
            config.setUsername(args[1]);
        }
        config.setMaximumPoolSize(16);
        HikariDataSource ds = new HikariDataSource(config);
        JdbcCatalogStore store = JdbcCatalogStore.create(ds);
        store.migrate();
        if (store.countEvents(EventSearch.all()) == 0) {
            Catalog seeds = SeedCatalog.catalog();
            Catalog m = SyntheticCatalog.generate(42, SyntheticCatalog.M);
            Catalog both = Catalog.builder().from(seeds)
                    .addAllOrganizations(m.organizations()).addAllPeople(m.people()).addAllSeries(m.series())
                    .addAllVenues(m.venues()).addAllFundingProgrammes(m.fundingProgrammes())
                    .addAllProjects(m.projects()).addAllEvents(m.events()).addAllLabs(m.labs())
                    .addAllAwards(m.awards()).build();
            long t = System.nanoTime();
            store.save(both);
            System.out.println("saved " + both.events().size() + " events, " + both.sessionCount() + " sessions in "
                    + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
        PortalServer server = PortalServer.start(store, "127.0.0.1", Integer.parseInt(args[2]));
        System.out.println("PORT " + server.port());
        Thread.currentThread().join();
    }
}
