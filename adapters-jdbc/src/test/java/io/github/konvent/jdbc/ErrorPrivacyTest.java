package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.konvent.Catalog;
import io.github.konvent.StoreException;
import io.github.konvent.id.PersonId;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Person;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No error of the store carries a value that is not public: not in its message, not in its causes. */
class ErrorPrivacyTest {
    private static final String SECRET = "geheim.privat@example.org";

    static Stream<Databases.Kind> databases() {
        return Databases.available().filter(k -> k != Databases.Kind.H2_FILE);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFailedRowOfAPrivateContactNamesNoValue(Databases.Kind kind) throws SQLException {
        DataSource ds = Databases.empty(kind);
        JdbcCatalogStore store = JdbcCatalogStore.create(ds);
        store.migrate();
        String shrink = switch (kind) {
            case POSTGRESQL -> "ALTER TABLE konvent_person_contact ALTER COLUMN email TYPE VARCHAR(5)";
            case MARIADB -> "ALTER TABLE konvent_person_contact MODIFY email VARCHAR(5)";
            default -> "ALTER TABLE konvent_person_contact ALTER COLUMN email SET DATA TYPE VARCHAR(5)";
        };
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(shrink);
        }
        Catalog catalog = Catalog.builder().addPeople(Person.builder().id(PersonId.of("p1")).familyName("Meier")
                .addContacts(ContactPoint.builder().email(SECRET).build()).build()).build();
        Throwable t = catchThrowable(() -> store.save(catalog));
        assertThat(t).isInstanceOf(StoreException.class).hasMessageContaining("failed");
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain("geheim").doesNotContain("example.org");
    }

    @Test
    void driverMessagesLoseStatementsLiteralsAndDetails() {
        SQLException pg = new SQLException("Batch entry 0 INSERT INTO konvent_person_contact (person_id, pos, email) "
                + "VALUES (('p1'), ('0'::int4), ('" + SECRET + "')) was aborted: ERROR: value too long for type "
                + "character varying(5)  Call getNextException to see other errors in the batch.", "22001");
        assertThat(Sql.safeMessage(pg)).isEqualTo("SQL state 22001: ERROR: value too long for type character varying(5)");
        SQLException h2 = new SQLException("Value too long for column \"EMAIL CHARACTER VARYING(5)\": \"'"
                + SECRET + "' (25)\"; SQL statement:\nINSERT INTO konvent_person_contact VALUES (?, ?, ?) [22001-232]",
                "22001");
        assertThat(Sql.safeMessage(h2)).doesNotContain("geheim").startsWith("SQL state 22001: Value too long for column");
        SQLException unique = new SQLException("ERROR: duplicate key value violates unique constraint \"pk\"\n"
                + "  Detail: Key (email)=(" + SECRET + ") already exists.", "23505");
        assertThat(Sql.safeMessage(unique)).doesNotContain("geheim").contains("duplicate key");
        assertThat(Sql.safe(unique).getMessage()).doesNotContain("geheim");
        assertThat(Sql.safe(unique).getSQLState()).isEqualTo("23505");
    }
}
