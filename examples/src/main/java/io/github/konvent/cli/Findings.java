package io.github.konvent.cli;

import io.github.konvent.schedule.ScheduleReport;
import io.github.konvent.schedule.Violation;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a scheduling report, one line per finding, in the chosen language. */
final class Findings {
    private Findings() {}

    /**
     * Wraps text after a head at word boundaries so that no line is wider than {@code width};
     * continuation lines are indented to the text's column (or 4 spaces for a wide head).
     */
    static java.util.List<String> wrap(String head, String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String indent = " ".repeat(head.length() <= width / 2 ? head.length() : 4);
        StringBuilder line = new StringBuilder(head);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width - indent.length()) {
                // a word wider than a line (a long URL or id) is cut
                if (!empty) {
                    lines.add(line.toString().stripTrailing());
                    line = new StringBuilder(indent);
                }
                int room = width - line.length();
                line.append(word, 0, room);
                lines.add(line.toString());
                line = new StringBuilder(indent);
                word = word.substring(room);
                empty = true;
            }
            if (!empty && line.length() + 1 + word.length() > width) {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    static void print(ScheduleReport report, Locale locale, PrintWriter out) {
        for (Violation v : report.violations()) {
            String head = String.format("%-7s %-28s ", v.severity(), v.ruleId());
            for (String line : wrap(head, v.message(locale), Konvent.WIDTH)) {
                out.println(line);
            }
        }
        boolean de = locale.getLanguage().equals("de");
        out.printf(de ? "%d Fehler, %d Warnungen, %d Hinweise%n" : "%d errors, %d warnings, %d notes%n",
                report.errors().size(), report.warnings().size(), report.infos().size());
    }
}
