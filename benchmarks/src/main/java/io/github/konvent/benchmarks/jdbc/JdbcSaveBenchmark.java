package io.github.konvent.benchmarks.jdbc;

import io.github.konvent.Catalog;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.testing.SyntheticCatalog;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Saving a synthetic catalog into an empty, migrated schema with {@link JdbcCatalogStore#save}
 * against a hand-written JDBC batch insert of the same rows ({@link HandWrittenInsert}), on H2
 * (in memory) and on an embedded PostgreSQL, in the same run. Each invocation gets a new schema.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar JdbcSaveBenchmark -p sessions=50000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class JdbcSaveBenchmark {
    /** The database: h2 or postgresql. */
    @Param({"h2", "postgresql"})
    public String database;

    /** Sessions of the synthetic catalog: SyntheticCatalog.M = 50,000, L = 500,000. */
    @Param({"500000"})
    public int sessions;

    private Catalog catalog;
    private EmbeddedPostgres postgres;
    private DataSource dataSource;
    private int round;

    /** Generates the catalog and starts the database. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        catalog = SyntheticCatalog.generate(42, sessions);
        if (database.equals("postgresql")) {
            postgres = EmbeddedPostgres.builder().start();
        }
    }

    /** Stops the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** A new, empty, migrated schema for each invocation (not measured). */
    @Setup(Level.Invocation)
    public void freshSchema() throws SQLException {
        String name = "bench" + (++round);
        if (database.equals("h2")) {
            if (dataSource != null) {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            dataSource = h2;
        } else {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            PGSimpleDataSource admin = new PGSimpleDataSource();
            admin.setUrl(url);
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS bench" + (round - 1) + " CASCADE");
                s.execute("CREATE SCHEMA " + name);
            }
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url + "&currentSchema=" + name + "&reWriteBatchedInserts=true");
            dataSource = pg;
        }
        JdbcCatalogStore.create(dataSource).migrate();
    }

    /** @return the saved catalog: the store, with revision checks and the catalog it returns */
    @Benchmark
    public Catalog store() {
        return JdbcCatalogStore.create(dataSource).save(catalog);
    }

    /** The baseline: the same rows with plain prepared statements and batches. */
    @Benchmark
    public void handWritten() throws SQLException {
        HandWrittenInsert.insert(dataSource, catalog);
    }
}
