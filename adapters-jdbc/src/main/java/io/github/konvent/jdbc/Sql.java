package io.github.konvent.jdbc;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Small helpers around JDBC: typed bind parameters, queries, and batches of rows. */
final class Sql {
    static final Logger LOG = LoggerFactory.getLogger("io.github.konvent.jdbc.sql");

    /** A typed SQL NULL, so that strict databases (PostgreSQL) see the column's type. */
    record Null(int type) {}

    static final Null NULL_TEXT = new Null(Types.VARCHAR);
    static final Null NULL_INT = new Null(Types.INTEGER);
    static final Null NULL_BIGINT = new Null(Types.BIGINT);
    static final Null NULL_DATE = new Null(Types.DATE);
    static final Null NULL_TIME = new Null(Types.TIME);
    static final Null NULL_TIMESTAMP = new Null(Types.TIMESTAMP);
    static final Null NULL_DOUBLE = new Null(Types.DOUBLE);

    private Sql() {}

    static Object text(Optional<?> value) {
        return value.<Object>map(Object::toString).orElse(NULL_TEXT);
    }

    static Object uri(Optional<URI> value) {
        return value.<Object>map(URI::toString).orElse(NULL_TEXT);
    }

    static Object integer(Optional<Integer> value) {
        return value.<Object>map(v -> v).orElse(NULL_INT);
    }

    static Object bigint(Optional<Long> value) {
        return value.<Object>map(v -> v).orElse(NULL_BIGINT);
    }

    static Object date(Optional<LocalDate> value) {
        return value.<Object>map(v -> v).orElse(NULL_DATE);
    }

    static Object time(Optional<LocalTime> value) {
        return value.<Object>map(v -> v).orElse(NULL_TIME);
    }

    static Object timestamp(Optional<LocalDateTime> value) {
        return value.<Object>map(v -> v).orElse(NULL_TIMESTAMP);
    }

    static Object decimal(Optional<BigDecimal> value) {
        return value.<Object>map(BigDecimal::toString).orElse(NULL_TEXT);
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = i + 1;
            if (p instanceof Null n) {
                ps.setNull(at, n.type());
            } else if (p instanceof String s) {
                ps.setString(at, s);
            } else if (p instanceof Integer v) {
                ps.setInt(at, v);
            } else if (p instanceof Long v) {
                ps.setLong(at, v);
            } else if (p instanceof Boolean v) {
                ps.setBoolean(at, v);
            } else if (p instanceof Double v) {
                ps.setDouble(at, v);
            } else if (p instanceof LocalDate || p instanceof LocalTime || p instanceof LocalDateTime) {
                ps.setObject(at, p);
            } else {
                throw new IllegalArgumentException("no binding for " + (p == null ? "null" : p.getClass()));
            }
        }
    }

    /** Reads rows of one query. */
    interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    static void query(Connection c, String sql, Rows rows, Object... params) throws SQLException {
        LOG.debug("query: {}", sql);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.row(rs);
                }
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        LOG.debug("update: {}", sql);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    static String placeholders(int n) {
        StringBuilder sb = new StringBuilder(n * 2);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ",?");
        }
        return sb.toString();
    }

    static Optional<String> string(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static Optional<Integer> integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    static Optional<Long> bigint(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    static Optional<LocalTime> time(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalTime.class));
    }

    static Optional<LocalDateTime> timestamp(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDateTime.class));
    }

    static Optional<URI> uri(ResultSet rs, String column) throws SQLException {
        return string(rs, column).map(URI::create);
    }

    /**
     * Rows to write, one JDBC batch per statement, flushed in the order the statements were first
     * used (so parents go before their children). Prepared statements stay open until closed.
     */
    static final class Batches implements AutoCloseable {
        private static final int FLUSH_ROWS = 10_000;
        private final Connection connection;
        private final Map<String, List<Object[]>> pending = new LinkedHashMap<>();
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
        private int rows;

        Batches(Connection connection) {
            this.connection = connection;
        }

        void add(String sql, Object... params) throws SQLException {
            pending.computeIfAbsent(sql, k -> new ArrayList<>()).add(params);
            if (++rows >= FLUSH_ROWS) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (Map.Entry<String, List<Object[]>> e : pending.entrySet()) {
                List<Object[]> list = e.getValue();
                if (list.isEmpty()) {
                    continue;
                }
                LOG.debug("batch of {}: {}", list.size(), e.getKey());
                PreparedStatement ps = statements.get(e.getKey());
                if (ps == null) {
                    ps = connection.prepareStatement(e.getKey());
                    statements.put(e.getKey(), ps);
                }
                for (Object[] params : list) {
                    bind(ps, params);
                    ps.addBatch();
                }
                ps.executeBatch();
                list.clear();
            }
            rows = 0;
        }

        @Override
        public void close() throws SQLException {
            SQLException first = null;
            for (PreparedStatement ps : statements.values()) {
                try {
                    ps.close();
                } catch (SQLException e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
            statements.clear();
            if (first != null) {
                throw first;
            }
        }
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'(?:[^']|'')*'");
    private static final java.util.regex.Pattern KEY_VALUES = java.util.regex.Pattern.compile("=\\([^)]*\\)");
    private static final java.util.regex.Pattern BATCH_ENTRY =
            java.util.regex.Pattern.compile("Batch entry \\d+ .*? was aborted:\\s*", java.util.regex.Pattern.DOTALL);

    /**
     * What a database said about a failure, without a single value of the rows involved (which
     * may be private, like a contact's e-mail): SQL statements, quoted literals, key values and
     * details are left out.
     *
     * @param e a failure reported by the driver
     * @return a short, one-line description naming the SQL state
     */
    static String safeMessage(SQLException e) {
        String m = String.valueOf(e.getMessage());
        m = BATCH_ENTRY.matcher(m).replaceAll("");
        for (String cut : new String[] {"; SQL statement:", "SQL statement:", "Detail:", "Where:", "Call getNextException",
            "Position:", "\n"}) {
            int i = m.indexOf(cut);
            if (i >= 0) {
                m = m.substring(0, i);
            }
        }
        int values = m.indexOf(" VALUES ");
        if (values >= 0) {
            m = m.substring(0, values) + " VALUES (…)";
        }
        m = QUOTED.matcher(m).replaceAll("'…'");
        m = KEY_VALUES.matcher(m).replaceAll("=(…)");
        m = m.strip();
        if (m.length() > 200) {
            m = m.substring(0, 200) + "…";
        }
        String state = e.getSQLState() == null ? "" : "SQL state " + e.getSQLState() + ": ";
        return state + m;
    }

    /**
     * @param e a failure reported by the driver
     * @return a copy whose message and chain carry no row values, with the original stack trace
     */
    static SQLException safe(SQLException e) {
        SQLException copy = new SQLException(safeMessage(e), e.getSQLState(), e.getErrorCode());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
