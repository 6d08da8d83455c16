package io.github.konvent.web;

import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.testing.SeedCatalog;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/** Fresh in-memory H2 stores for the tests. */
final class TestStores {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private TestStores() {}

    static JdbcCatalogStore empty() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:portal" + COUNT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        JdbcCatalogStore store = JdbcCatalogStore.create(ds);
        store.migrate();
        return store;
    }

    static JdbcCatalogStore seeded() {
        JdbcCatalogStore store = empty();
        store.save(SeedCatalog.catalog());
        return store;
    }
}
