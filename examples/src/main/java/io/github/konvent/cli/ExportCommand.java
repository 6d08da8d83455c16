package io.github.konvent.cli;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.event.Event;
import io.github.konvent.examples.CatalogFiles;
import io.github.konvent.id.EventId;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a catalog, or one event of it, in any writable format. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the catalog (the seeds when --in is absent), or one event of it, in any writable",
            "format (see `konvent formats`: konvent-json, jsonld, ical, c3voc, schedule2, schedule-xml, …);",
            "to standard output when --out is absent. Contact data that is not marked public is left out",
            "unless --with-private-contacts is given."
        },
        footer = {"", "Example:", "  ./konvent export --format ics --event kommunen-innovativ-fachkonferenz-2018 --out ki.ics"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    Konvent.Common common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "NAME",
            description = "A format name from `konvent formats`, or json, jsonl, ics, xml.")
    String format;

    @Option(names = "--event", paramLabel = "ID", description = "Only this event (required by single-event formats when the catalog has several).")
    String event;

    @Option(names = "--in", paramLabel = "FILE", description = "Input file in any readable format.")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--with-private-contacts", description = "Keep contact data not marked public.")
    boolean withPrivateContacts;

    @Override
    public Integer call() throws IOException {
        CatalogFormat target = CatalogFiles.format(format);
        if (!target.canWrite()) {
            throw new InputException("--format", "'" + format + "' (" + target.displayName() + ", which is read only)",
                    "a writable format: " + CatalogFiles.formats().writable().stream().map(CatalogFormat::name)
                            .collect(Collectors.joining(", ")), null);
        }
        Catalog catalog = Progress.reading(in, c -> CatalogFiles.readOrSeeds(in, c::add));
        FormatOptions.Builder options = FormatOptions.builder().withPrivateContacts(withPrivateContacts)
                .locale(common.locale());
        if (event != null) {
            options.event(eventId(catalog, event));
        }
        FormatOptions o = options.build();
        byte[] bytes = Progress.run("exporting", () -> export(target, catalog, o));
        if (out == null) {
            spec.commandLine().getOut().print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            try (OutputStream os = Files.newOutputStream(out)) {
                os.write(bytes);
            }
        }
        return Konvent.OK;
    }

    private static byte[] export(CatalogFormat target, Catalog catalog, FormatOptions options) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            target.write(catalog, buffer, options);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InputException e) {
            if ("event".equals(e.location().orElse(""))) {
                throw new InputException("--event", e.found(), "--event ID: " + e.expected(), e);
            }
            throw e;
        }
        return buffer.toByteArray();
    }

    static EventId eventId(Catalog catalog, String text) {
        EventId id;
        try {
            id = EventId.of(text);
        } catch (RuntimeException e) {
            throw new InputException("--event", "'" + text + "'", "an event id", e);
        }
        if (catalog.event(id).isEmpty()) {
            throw new InputException("--event", "'" + text + "'", "one of the catalog's events: "
                    + catalog.events().stream().map(Event::id).map(EventId::value).limit(10).toList(), null);
        }
        return id;
    }
}
