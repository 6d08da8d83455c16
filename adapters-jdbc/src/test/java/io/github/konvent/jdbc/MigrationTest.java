package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class MigrationTest {
    @Test
    void theMigrationsRunInAUsersOwnFlywaySetUpBesideTheirOwnTables() throws SQLException {
        DataSource ds = Databases.empty(Databases.Kind.H2_MEMORY);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE app_user (id INT PRIMARY KEY, event VARCHAR(20))");
        }
        String location = JdbcCatalogStore.migrationLocation("H2");
        assertThat(location).isEqualTo("classpath:db/konvent/h2");

        Flyway.configure().dataSource(ds).locations(location).baselineOnMigrate(true).baselineVersion("0")
                .load().migrate();

        JdbcCatalogStore store = JdbcCatalogStore.create(ds);
        Catalog saved = store.save(Fixtures.full());
        assertThat(store.load()).isEqualTo(saved);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("SELECT COUNT(*) FROM app_user").next()).isTrue();
        }
    }

    @Test
    void everySupportedDatabaseHasItsLocationAndOthersAreRefused() {
        assertThat(JdbcCatalogStore.migrationLocation("PostgreSQL")).isEqualTo("classpath:db/konvent/postgresql");
        assertThat(JdbcCatalogStore.migrationLocation("MariaDB")).isEqualTo("classpath:db/konvent/mariadb");
        assertThat(JdbcCatalogStore.migrationLocation("MySQL")).isEqualTo("classpath:db/konvent/mariadb");
        assertThatThrownBy(() -> JdbcCatalogStore.migrationLocation("Oracle"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("'Oracle' is not supported; expected H2, PostgreSQL or MariaDB");
    }

    @Test
    void aStoreOnAnUnmigratedSchemaFailsWithAStoreException() {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.empty(Databases.Kind.H2_MEMORY));
        assertThatThrownBy(store::load)
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("load catalog failed:");
        assertThatThrownBy(() -> store.save(Fixtures.full()))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("save catalog failed:");
    }
}
