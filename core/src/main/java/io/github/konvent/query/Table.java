package io.github.konvent.query;

import io.github.konvent.ModelException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of an analysis: a named table of typed columns and rows, the shape researchers
 * export to CSV or a spreadsheet. Cells hold a {@code String}, {@code Integer}, {@code Long},
 * {@code Double}, {@code Boolean} or {@code LocalDate} of the column's type, or are absent.
 * Immutable and thread-safe.
 */
public final class Table {
    /** The cell types a column may have. */
    static final Set<Class<?>> CELL_TYPES =
            Set.of(String.class, Integer.class, Long.class, Double.class, Boolean.class, LocalDate.class);

    /**
     * A column of a table: its name and the type of its cells.
     *
     * @param name the column's name, unique within its table
     * @param type the type of its cells
     */
    public record Column(String name, Class<?> type) {
        /** Checks name and type. */
        public Column {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new ModelException("Table.Column.name", "'" + name + "'", "a non-blank name");
            }
            if (!CELL_TYPES.contains(type)) {
                throw new ModelException("Table.Column " + name + " type", String.valueOf(type),
                        "one of String, Integer, Long, Double, Boolean, LocalDate");
            }
        }
    }

    private final String name;
    private final List<Column> columns;
    private final Map<String, Integer> index;
    private final List<Row> rows;

    private Table(String name, List<Column> columns, List<Object[]> rows) {
        this.name = name;
        this.columns = List.copyOf(columns);
        Map<String, Integer> ix = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (ix.put(columns.get(i).name(), i) != null) {
                throw new ModelException("Table " + name + " columns", "the column '" + columns.get(i).name() + "' twice",
                        "each column name once");
            }
        }
        this.index = Collections.unmodifiableMap(ix);
        List<Row> rs = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            rs.add(new Row(this, r));
        }
        this.rows = Collections.unmodifiableList(rs);
    }

    /**
     * @param name the table's name, e.g. {@code "appearances"}; also the CSV file name
     * @return a builder of a table of that name
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return the table's name */
    public String name() {
        return name;
    }

    /** @return the columns, in order */
    public List<Column> columns() {
        return columns;
    }

    /** @return the column names, in order */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** @return the rows, in order */
    public List<Row> rows() {
        return rows;
    }

    /** @return the number of rows */
    public int size() {
        return rows.size();
    }

    /**
     * @param column a column name
     * @return its position
     * @throws ModelException if the table has no such column
     */
    public int columnIndex(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new ModelException("Table " + name + " column", "'" + column + "'", "one of " + columnNames());
        }
        return i;
    }

    /**
     * @param column a column name
     * @return the cells of that column as text (see {@link Row#text(int)}), top to bottom
     */
    public List<String> texts(String column) {
        int c = columnIndex(column);
        return rows.stream().map(r -> r.text(c)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table t && t.name.equals(name) && t.columns.equals(columns) && t.rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, rows);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append(' ').append(columnNames());
        rows.forEach(r -> sb.append("\n  ").append(r));
        return sb.toString();
    }

    /** One row of a {@link Table}: a cell per column, each of the column's type or absent. Immutable. */
    public static final class Row {
        private final Table table;
        private final Object[] cells;

        private Row(Table table, Object[] cells) {
            this.table = table;
            this.cells = cells;
        }

        /**
         * @param column a position, 0 for the first column
         * @return the cell, absent where the fact is unknown or does not apply
         */
        public Optional<Object> get(int column) {
            return Optional.ofNullable(cells[column]);
        }

        /**
         * @param column a column name
         * @return the cell, absent where the fact is unknown or does not apply
         */
        public Optional<Object> get(String column) {
            return get(table.columnIndex(column));
        }

        /**
         * @param column a column name
         * @param type the column's type
         * @param <T> the column's type
         * @return the cell as that type
         * @throws ModelException if the column has another type
         */
        public <T> Optional<T> get(String column, Class<T> type) {
            int c = table.columnIndex(column);
            if (table.columns.get(c).type() != type) {
                throw new ModelException("Table " + table.name + " column " + column + " type", type.getSimpleName(),
                        table.columns.get(c).type().getSimpleName());
            }
            return Optional.ofNullable(cells[c]).map(type::cast);
        }

        /**
         * @param column a position
         * @return the cell as text: ISO dates, {@code true}/{@code false}, decimal numbers; empty if absent
         */
        public String text(int column) {
            Object v = cells[column];
            return v == null ? "" : v.toString();
        }

        /**
         * @param column a column name
         * @return the cell as text, empty if absent
         */
        public String text(String column) {
            return text(table.columnIndex(column));
        }

        /** @return every cell as text, in column order */
        public List<String> texts() {
            List<String> t = new ArrayList<>(cells.length);
            for (int i = 0; i < cells.length; i++) {
                t.add(text(i));
            }
            return t;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && Arrays.equals(r.cells, cells);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(cells);
        }

        @Override
        public String toString() {
            return texts().toString();
        }
    }

    /** Builds a {@link Table}: columns first, then rows whose cells are checked against them. */
    public static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<Object[]> rows = new ArrayList<>();

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new ModelException("Table.name", "'" + name + "'", "a non-blank name");
            }
            this.name = name;
        }

        /**
         * @param column a column name
         * @param type the type of its cells
         * @return this builder
         */
        public Builder column(String column, Class<?> type) {
            if (!rows.isEmpty()) {
                throw new ModelException("Table " + name + " column " + column, "a column after rows",
                        "every column before the first row");
            }
            columns.add(new Column(column, type));
            return this;
        }

        /**
         * @param cells one cell per column, in column order; {@code null} or an empty {@link Optional}
         *     for an absent cell, a present {@code Optional} is unwrapped
         * @return this builder
         * @throws ModelException if the number or a type of the cells does not fit the columns
         */
        public Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new ModelException("Table " + name + " row " + (rows.size() + 1), cells.length + " cells",
                        columns.size() + " cells, one per column " + columns.stream().map(Column::name).toList());
            }
            Object[] copy = new Object[cells.length];
            for (int i = 0; i < cells.length; i++) {
                Object v = cells[i];
                if (v instanceof Optional<?> o) {
                    v = o.orElse(null);
                }
                if (v != null && !columns.get(i).type().isInstance(v)) {
                    throw new ModelException("Table " + name + " row " + (rows.size() + 1) + " column "
                            + columns.get(i).name(), v.getClass().getSimpleName() + " " + v,
                            "a " + columns.get(i).type().getSimpleName());
                }
                copy[i] = v;
            }
            rows.add(copy);
            return this;
        }

        /** @return the table */
        public Table build() {
            return new Table(name, columns, rows);
        }
    }
}
