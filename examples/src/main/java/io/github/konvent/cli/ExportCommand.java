package io.github.konvent.cli;

import io.github.konvent.Catalog;
import io.github.konvent.examples.CatalogFiles;
import io.github.konvent.InputException;
import io.github.konvent.event.Event;
import io.github.konvent.ical.KonventICal;
import io.github.konvent.id.EventId;
import io.github.konvent.json.KonventJson;
import io.github.konvent.json.ScheduleJson;
import io.github.konvent.json.SchemaOrg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a catalog, or one event of it, in one of the export formats. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the catalog (the seeds when --in is absent), or one event of it, as Konvent JSON,",
            "schema.org JSON-LD, iCalendar or c3voc schedule.json; to standard output when --out is absent.",
            "Contact data that is not marked public is left out unless --with-private-contacts is given."
        },
        footer = {"", "Example:", "  ./konvent export --format ics --event kommunen-innovativ-fachkonferenz-2018 --out ki.ics"})
final class ExportCommand implements Callable<Integer> {
    /** The export formats. */
    enum Format {
        json,
        jsonld,
        ics,
        c3voc
    }

    @Mixin
    Konvent.Common common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, description = "json, jsonld, ics or c3voc.")
    Format format;

    @Option(names = "--event", paramLabel = "ID", description = "Only this event (required for c3voc when the catalog has several).")
    String event;

    @Option(names = "--in", paramLabel = "FILE", description = "Input file in any supported format.")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--with-private-contacts", description = "Keep contact data not marked public (Konvent JSON only).")
    boolean withPrivateContacts;

    @Override
    public Integer call() throws IOException {
        Catalog catalog = Progress.reading(in, c -> CatalogFiles.readOrSeeds(in, c::add));
        EventId id = event == null ? null : eventId(catalog, event);
        String text = Progress.run("exporting", () -> export(catalog, id));
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
        return Konvent.OK;
    }

    private String export(Catalog catalog, EventId id) {
        KonventJson.Contacts contacts =
                withPrivateContacts ? KonventJson.Contacts.ALL : KonventJson.Contacts.PUBLIC_ONLY;
        switch (format) {
            case json:
                return id == null
                        ? (withPrivateContacts ? KonventJson.write(catalog) : KonventJson.publish(catalog))
                        : KonventJson.writeEvent(catalog, id, contacts);
            case jsonld:
                return id == null ? SchemaOrg.catalog(catalog) : SchemaOrg.event(catalog, id);
            case ics:
                KonventICal ical = KonventICal.create();
                return id == null ? ical.exportCatalog(catalog) : ical.exportEvent(catalog, id);
            default:
                EventId only = id;
                if (only == null) {
                    if (catalog.events().size() != 1) {
                        throw new InputException("--event", "no event id for a catalog of " + catalog.events().size()
                                + " events", "--event ID: c3voc schedule.json holds one event", null);
                    }
                    only = catalog.events().get(0).id();
                }
                return ScheduleJson.export(catalog, only);
        }
    }

    static EventId eventId(Catalog catalog, String text) {
        EventId id = EventId.of(text);
        if (catalog.event(id).isEmpty()) {
            throw new InputException("--event", "'" + text + "'", "one of the catalog's events: "
                    + catalog.events().stream().map(Event::id).map(EventId::value).limit(10).toList(), null);
        }
        return id;
    }
}
