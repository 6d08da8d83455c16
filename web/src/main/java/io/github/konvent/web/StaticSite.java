package io.github.konvent.web;

import io.github.konvent.KonventException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Involvement;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.jdbc.EventSearch;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.version.ProgrammeHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the portal's pages and feeds as a static site, for CMSs that can only host files:
 * {@code events/<id>.html} (German), {@code events/<id>.en.html}, {@code events/<id>.ics},
 * {@code .json}, {@code .jsonld}, {@code events/<id>/schedule.json}, {@code series/<id>.html} and
 * {@code .ics}, {@code people/<id>.html}, {@code organizations/<id>.ics}, {@code events/index.html}
 * and an {@code index.html} that leads there. Links are relative, so the site works from any folder.
 */
public final class StaticSite {
    private static final int PAGE = 500;

    private StaticSite() {}

    /**
     * What a site run wrote.
     *
     * @param events event pages written
     * @param files files written in all
     */
    public record Summary(int events, int files) {}

    /**
     * @param store the catalog store
     * @param dir the folder to write into (created if needed; files of the same name are replaced)
     * @param clock the clock for "today", DTSTAMP and the retention of cancelled sessions
     * @return what was written
     * @throws KonventException if a file cannot be written
     */
    public static Summary write(JdbcCatalogStore store, Path dir, Clock clock) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(dir, "dir");
        Portal portal = new Portal(store, clock, ProgrammeHistory.DEFAULT_RETENTION, Links.SITE);
        int[] files = {0};
        Set<SeriesId> series = new LinkedHashSet<>();
        Set<PersonId> people = new LinkedHashSet<>();
        Set<OrganizationId> organizations = new LinkedHashSet<>();
        int events = 0;
        for (int first = 0; ; first += PAGE) {
            List<EventId> ids = store.findEvents(EventSearch.all().page(first, PAGE));
            for (Event e : store.loadEvents(ids)) {
                String id = e.id().value();
                put(dir, "events/" + id + ".html", portal.event(e.id(), Variant.HTML, Locale.GERMAN, null), files);
                put(dir, "events/" + id + ".en.html", portal.event(e.id(), Variant.HTML, Locale.ENGLISH, null), files);
                put(dir, "events/" + id + ".json", portal.event(e.id(), Variant.JSON, Locale.GERMAN, null), files);
                put(dir, "events/" + id + ".jsonld", portal.event(e.id(), Variant.JSONLD, Locale.GERMAN, null), files);
                put(dir, "events/" + id + "/schedule.json", portal.event(e.id(), Variant.SCHEDULE, Locale.GERMAN, null), files);
                put(dir, "events/" + id + "/schedule.xml", portal.event(e.id(), Variant.SCHEDULE_XML, Locale.GERMAN, null), files);
                if (e.startDate().isPresent()) {
                    put(dir, "events/" + id + ".ics", portal.event(e.id(), Variant.ICS, Locale.GERMAN, null), files);
                }
                e.series().ifPresent(series::add);
                e.contributions().forEach(c -> people.add(c.person()));
                e.programme().forEach(s -> s.contributions().forEach(c -> people.add(c.person())));
                for (Involvement i : e.involvements()) {
                    if (i.party() instanceof OrganizationId o) {
                        organizations.add(o);
                    }
                }
                events++;
            }
            if (ids.size() < PAGE) {
                break;
            }
        }
        for (SeriesId s : series) {
            put(dir, "series/" + s.value() + ".html", portal.series(s, false, Locale.GERMAN, null), files);
            put(dir, "series/" + s.value() + ".en.html", portal.series(s, false, Locale.ENGLISH, null), files);
            put(dir, "series/" + s.value() + ".ics", portal.series(s, true, Locale.GERMAN, null), files);
        }
        for (PersonId p : people) {
            put(dir, "people/" + p.value() + ".html", portal.person(p, Locale.GERMAN, null), files);
            put(dir, "people/" + p.value() + ".en.html", portal.person(p, Locale.ENGLISH, null), files);
        }
        for (OrganizationId o : organizations) {
            put(dir, "organizations/" + o.value() + ".ics", portal.organizationFeed(o, Locale.GERMAN, null), files);
        }
        EventSearch all = EventSearch.all().between(portal.today(), portal.today().plusYears(100));
        int size = (int) Math.max(1, Math.min(10_000, store.countEvents(all)));
        put(dir, "events/index.html", portal.list(all, 1, size, Locale.GERMAN, n -> "", "index.en.html", null), files);
        put(dir, "events/index.en.html", portal.list(all, 1, size, Locale.ENGLISH, n -> "", "index.html", null), files);
        put(dir, "events/404.html", portal.error(404, Locale.GERMAN, "Diese Seite gibt es nicht."), files);
        text(dir, "index.html", "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Konvent</title>"
                + "<meta http-equiv=\"refresh\" content=\"0; url=events/index.html\"></head><body><main>"
                + "<a href=\"events/index.html\">Veranstaltungen</a></main></body></html>\n");
        files[0]++;
        return new Summary(events, files[0]);
    }

    /** The same with the system clock. @param store the store @param dir the folder @return what was written */
    public static Summary write(JdbcCatalogStore store, Path dir) {
        return write(store, dir, Clock.systemUTC());
    }

    private static void put(Path dir, String name, Portal.Reply reply, int[] files) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, reply.body());
            files[0]++;
        } catch (IOException e) {
            throw new KonventException("cannot write " + name + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void text(Path dir, String name, String body) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KonventException("cannot write " + name + " in " + dir + ": " + e.getMessage(), e);
        }
    }

}
