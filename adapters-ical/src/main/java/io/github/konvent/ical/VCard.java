package io.github.konvent.ical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the few vCard 4 lines (FN, N, ORG, TITLE, ADR) Konvent puts into STRUCTURED-DATA. */
final class VCard {
    private VCard() {}

    /** One vCard property: name, parameters, and its value split at unescaped semicolons. */
    record Prop(String name, Map<String, String> params, List<String> fields) {
        String text() {
            return String.join(";", fields);
        }
    }

    static List<Prop> parse(String card) {
        List<Prop> out = new ArrayList<>();
        String unfolded = card.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "");
        for (String line : unfolded.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String head = line.substring(0, colon);
            String[] parts = head.split(";");
            String name = parts[0].trim().toUpperCase(Locale.ROOT);
            Map<String, String> params = new HashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq > 0) {
                    params.put(parts[i].substring(0, eq).trim().toUpperCase(Locale.ROOT), parts[i].substring(eq + 1));
                }
            }
            out.add(new Prop(name, params, fields(line.substring(colon + 1))));
        }
        return out;
    }

    private static List<String> fields(String v) {
        return ContentLines.splitUnescaped(v, ';');
    }
}
