package io.github.konvent.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How one kind of aggregate maps to its tables: the root table with its columns, the rows of its
 * child tables, and the child tables to clear before an update.
 *
 * @param <T> the aggregate type
 */
final class Kind<T> {
    /** Makes the root row: id first, then catalog_pos and revision, then the other columns. */
    interface RootRow<T> {
        Object[] row(T aggregate, long catalogPos, long revision);
    }

    /** Adds the child rows of one aggregate. */
    interface ChildRows<T> {
        void add(Sql.Batches batches, T aggregate) throws SQLException;
    }

    /** Copies an aggregate with another revision. */
    interface WithRevision<T> {
        T with(T aggregate, long revision);
    }

    final String name;
    final String table;
    final String[] columns;
    final Function<T, String> id;
    final ToLongFunction<T> revision;
    final WithRevision<T> withRevision;
    final RootRow<T> rootRow;
    final ChildRows<T> childRows;
    /** Child tables and their owner column, in the order to clear them (grandchildren first). */
    final List<String[]> childTables;
    final String insertSql;
    final String updateSql;

    Kind(
            String name,
            String table,
            String[] columns,
            Function<T, String> id,
            ToLongFunction<T> revision,
            WithRevision<T> withRevision,
            RootRow<T> rootRow,
            ChildRows<T> childRows,
            List<String[]> childTables) {
        this.name = name;
        this.table = table;
        this.columns = columns;
        this.id = id;
        this.revision = revision;
        this.withRevision = withRevision;
        this.rootRow = rootRow;
        this.childRows = childRows;
        this.childTables = childTables;
        this.insertSql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + Sql.placeholders(columns.length) + ")";
        StringBuilder set = new StringBuilder();
        for (int i = 1; i < columns.length; i++) {
            set.append(i == 1 ? "" : ", ").append(columns[i]).append(" = ?");
        }
        this.updateSql = "UPDATE " + table + " SET " + set + " WHERE id = ?";
    }

    /** @return the update parameters: the row without its id, then the id */
    static Object[] updateParams(Object[] row) {
        Object[] p = new Object[row.length];
        System.arraycopy(row, 1, p, 0, row.length - 1);
        p[row.length - 1] = row[0];
        return p;
    }

    /** @return how an aggregate is named in messages, e.g. "event kas-kommunalkongress-2024" */
    String describe(String id) {
        return name + " " + id;
    }
}
