package io.github.konvent.jdbc;

import io.github.konvent.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the store knows, each with its own folder of migrations. */
enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql"),
    MARIADB("mariadb");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** @return the Flyway location of this database's migrations */
    String location() {
        return "classpath:db/konvent/" + folder;
    }

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String p = product.toLowerCase(Locale.ROOT);
        if (p.contains("h2")) {
            return H2;
        }
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        if (p.contains("mariadb") || p.contains("mysql")) {
            return MARIADB;
        }
        throw new StoreException("database '" + product + "' is not supported; expected H2, PostgreSQL or MariaDB", null);
    }
}
