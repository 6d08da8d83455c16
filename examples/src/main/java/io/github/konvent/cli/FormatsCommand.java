package io.github.konvent.cli;

import io.github.konvent.examples.CatalogFiles;
import io.github.konvent.spi.CatalogFormat;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Lists the installed formats: name, read/write, media type, extensions. */
@Command(
        name = "formats",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the file formats installed (found with the format interface): their names for",
            "--format, whether Konvent reads and writes them, their media type and file extensions.",
            "Formats marked 'recognised' are only named in errors (\"this is a pretalx API response\")."
        },
        footer = {"", "Example:", "  ./konvent formats"})
final class FormatsCommand implements Callable<Integer> {
    @Mixin
    Konvent.Common common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        boolean de = common.locale().getLanguage().equals("de");
        List<CatalogFormat> all = CatalogFiles.formats().all();
        String[][] rows = new String[all.size() + 1][];
        rows[0] = de ? new String[] {"Name", "Lesen/Schreiben", "Medientyp", "Endungen", "Format"}
                : new String[] {"name", "read/write", "media type", "extensions", "format"};
        for (int i = 0; i < all.size(); i++) {
            CatalogFormat f = all.get(i);
            String rw = f.canRead() && f.canWrite() ? (de ? "lesen, schreiben" : "read, write")
                    : f.canRead() ? (de ? "lesen" : "read") : f.canWrite() ? (de ? "schreiben" : "write")
                    : (de ? "erkannt" : "recognised");
            String display = f.displayName();
            int paren = display.indexOf(" (");
            rows[i + 1] = new String[] {f.name(), rw, f.mediaType(), String.join(", ", f.extensions()),
                paren > 0 ? display.substring(0, paren) : display};
        }
        int[] width = new int[5];
        for (String[] r : rows) {
            for (int c = 0; c < 5; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < 5; c++) {
                line.append(c == 4 ? r[c] : String.format("%-" + width[c] + "s  ", r[c]));
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
        return Konvent.OK;
    }
}
