package io.github.konvent.research;

import io.github.konvent.KonventException;
import io.github.konvent.query.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link Table} as CSV after RFC 4180: UTF-8 without byte order mark, a header row of
 * the column names, CRLF after every record, commas between fields, and a field in double quotes
 * (inner quotes doubled) when it holds a comma, a quote, a CR or an LF. Absent cells are empty
 * fields. Opens in spreadsheets, R ({@code read.csv}) and pandas as is.
 */
public final class CsvWriter {
    private CsvWriter() {}

    /**
     * @param table the table
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(Table table, Writer out) throws IOException {
        record(table.columnNames(), out);
        for (Table.Row row : table.rows()) {
            record(row.texts(), out);
        }
        out.flush();
    }

    /**
     * @param table the table
     * @param out where to write UTF-8 bytes; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(Table table, OutputStream out) throws IOException {
        write(table, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /**
     * @param table the table
     * @param file the file to create or replace
     * @throws KonventException naming the file if it cannot be written
     */
    public static void write(Table table, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(table, w);
        } catch (IOException e) {
            throw new KonventException("cannot write CSV file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param table the table
     * @return the CSV text
     */
    public static String toString(Table table) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            write(table, w);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return w.toString();
    }

    private static void record(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
