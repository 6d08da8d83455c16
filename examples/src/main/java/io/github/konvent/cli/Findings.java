package io.github.konvent.cli;

import io.github.konvent.schedule.ScheduleReport;
import io.github.konvent.schedule.Violation;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a scheduling report, one line per finding, in the chosen language. */
final class Findings {
    private Findings() {}

    static void print(ScheduleReport report, Locale locale, PrintWriter out) {
        for (Violation v : report.violations()) {
            out.printf("%-7s %-28s %s%n", v.severity(), v.ruleId(), v.message(locale));
        }
        boolean de = locale.getLanguage().equals("de");
        out.printf(de ? "%d Fehler, %d Warnungen, %d Hinweise%n" : "%d errors, %d warnings, %d notes%n",
                report.errors().size(), report.warnings().size(), report.infos().size());
    }
}
