package io.github.konvent.schedule;

import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Availability;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.Registration;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.id.EventId;
import io.github.konvent.id.Id;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Rules on an event as a whole: location, registration, availability, series cadence. */
final class EventRules {
    /** The memo key of "some person or room of the catalog has availability windows". */
    private static final Object AVAILABILITY_KNOWN = new Object();

    private EventRules() {}

    static void attendance(RuleContext context, Findings out) {
        Timeline t = context.timeline();
        Map<VenueId, Set<RoomId>> roomsOf = new HashMap<>();
        for (int x = 0; x < context.events().size(); x++) {
            Event e = context.events().get(x);
            AttendanceMode mode = e.attendanceMode();
            boolean needsVenue = mode != AttendanceMode.ONLINE;
            boolean needsOnline = mode != AttendanceMode.IN_PERSON;
            String mde = mode == AttendanceMode.ONLINE ? "Online-Veranstaltung"
                    : mode == AttendanceMode.HYBRID ? "hybride Veranstaltung" : "Präsenzveranstaltung";
            String men = mode == AttendanceMode.ONLINE ? "online event"
                    : mode == AttendanceMode.HYBRID ? "hybrid event" : "in-person event";
            if (needsVenue && e.venue().isEmpty()) {
                out.report("Die " + mde + " " + Text.de(e) + " hat keinen Veranstaltungsort.",
                        "The " + men + " " + Text.en(e) + " has no venue.", e.id());
            }
            if (needsOnline && e.online().isEmpty()) {
                out.report("Die " + mde + " " + Text.de(e) + " hat keinen Online-Zugang.",
                        "The " + men + " " + Text.en(e) + " has no online location.", e.id());
            }
            if (!needsVenue && e.venue().isPresent()) {
                out.report("Die " + mde + " " + Text.de(e) + " nennt einen Veranstaltungsort (" + e.venue().get()
                                + "); für einen Ort vor Ort wäre sie hybrid.",
                        "The " + men + " " + Text.en(e) + " names a venue (" + e.venue().get()
                                + "); with a place to attend in person it would be hybrid.", e.id());
            }
            if (!needsOnline && e.online().isPresent()) {
                out.report("Die " + mde + " " + Text.de(e) + " nennt einen Online-Zugang; mit Online-Teilnahme wäre sie hybrid.",
                        "The " + men + " " + Text.en(e) + " names an online location; with online attendance it would be hybrid.",
                        e.id());
            }
            Optional<Venue> venue = e.venue().flatMap(context.catalog()::venue);
            // each venue's rooms once per check: many events share a venue
            Set<RoomId> venueRooms = venue.isEmpty() ? Set.of() : roomsOf.computeIfAbsent(venue.get().id(), id -> {
                Set<RoomId> ids = new HashSet<>();
                venue.get().rooms().forEach(rm -> ids.add(rm.id()));
                return ids;
            });
            for (int k = t.firstOf[x]; k < t.firstOf[x + 1]; k++) {
                if (t.room[k] < 0 || (needsVenue && (venue.isEmpty() || venueRooms.contains(t.rooms.get(t.room[k]))))) {
                    continue;
                }
                Session s = t.session[k];
                String room = Text.room(context.catalog(), s.room().get());
                if (!needsVenue) {
                    out.report(Text.de(s) + " findet im Raum " + room + " statt, die Veranstaltung ist aber online.",
                            Text.en(s) + " takes place in the room " + room + ", but the event is online.",
                            e.id(), s.id(), s.room().get());
                } else if (venue.isPresent() && !venueRooms.contains(s.room().get())) {
                    out.report(Text.de(s) + " findet im Raum " + room + " statt, der nicht zum Veranstaltungsort „"
                                    + venue.get().name() + "“ gehört.",
                            Text.en(s) + " takes place in the room " + room + ", which is not part of the venue \""
                                    + venue.get().name() + "\".",
                            e.id(), s.id(), s.room().get());
                }
            }
        }
    }

    static void registrationWindow(RuleContext context, Findings out) {
        for (int x = 0; x < context.events().size(); x++) {
            Event e = context.events().get(x);
            if (e.registration().isEmpty()) {
                continue;
            }
            Registration r = e.registration().get();
            if (r.opens().isPresent() && r.closes().isPresent() && !r.closes().get().isAfter(r.opens().get())) {
                out.report("Die Anmeldung zu " + Text.de(e) + " schließt (" + r.closes().get() + "), bevor sie öffnet ("
                                + r.opens().get() + ").",
                        "Registration for " + Text.en(e) + " closes (" + r.closes().get() + ") before it opens ("
                                + r.opens().get() + ").", e.id());
            }
            if (e.startDate().isEmpty()) {
                continue;
            }
            Optional<LocalDateTime> start = start(e, context.timeline(), x);
            List<Optional<LocalDateTime>> times = List.of(r.opens(), r.closes());
            for (int k = 0; k < 2; k++) {
                Optional<LocalDateTime> t = times.get(k);
                if (t.isEmpty()) {
                    continue;
                }
                boolean late = start.isPresent() ? t.get().isAfter(start.get())
                        : t.get().toLocalDate().isAfter(e.startDate().get());
                if (late) {
                    boolean opens = k == 0;
                    String begins = start.map(at -> at.toLocalDate() + " " + Text.time(at.toLocalTime()))
                            .orElse(e.startDate().get().toString());
                    out.report("Die Anmeldung zu " + Text.de(e) + (opens ? " öffnet" : " schließt") + " erst am "
                                    + t.get().toLocalDate() + " " + Text.time(t.get().toLocalTime())
                                    + ", nach Beginn der Veranstaltung (" + begins + ").",
                            "Registration for " + Text.en(e) + (opens ? " opens" : " closes") + " on "
                                    + t.get().toLocalDate() + " " + Text.time(t.get().toLocalTime())
                                    + ", after the event begins (" + begins + ").",
                            e.id());
                }
            }
        }
    }

    /** The event's first local start: day 1 at its earliest session start, else the daily start. */
    private static Optional<LocalDateTime> start(Event e, Timeline t, int x) {
        int best = -1;
        for (int k = t.firstOf[x]; k < t.firstOf[x + 1]; k++) {
            if (t.day[k] != 1 || t.sod[k] < 0) {
                continue;
            }
            if (best < 0 || t.sod[k] < t.sod[best]) {
                best = k;
            } else if (t.sod[k] == t.sod[best] && ((t.flags[k] | t.flags[best]) & Timeline.F_FRACTION) != 0
                    && t.session[k].start().get().isBefore(t.session[best].start().get())) {
                best = k;
            }
        }
        Optional<LocalTime> first = best < 0 ? Optional.empty() : t.session[best].start();
        return first.or(e::dailyStart).map(lt -> e.startDate().orElseThrow().atTime(lt));
    }

    static void availability(RuleContext context, Findings out) {
        // whether anyone or any room has windows at all: looked up once per catalog
        boolean any = context.catalog().memo().get(AVAILABILITY_KNOWN, Boolean.class, k ->
                context.catalog().people().stream().anyMatch(p -> !p.availability().isEmpty())
                        || context.catalog().venues().stream().flatMap(v -> v.rooms().stream()).anyMatch(r -> !r.availability().isEmpty()));
        if (!any) {
            return;
        }
        for (Event e : context.events()) {
            if (e.startDate().isEmpty()) {
                continue;
            }
            for (Session s : e.programme()) {
                Optional<LocalDateTime> from = e.startOf(s);
                Optional<LocalDateTime> until = e.endOf(s);
                if (from.isEmpty() || until.isEmpty()) {
                    continue;
                }
                Set<PersonId> seen = new LinkedHashSet<>();
                for (Contribution c : s.contributions()) {
                    if (!seen.add(c.person())) {
                        continue;
                    }
                    Optional<Person> p = context.catalog().person(c.person());
                    if (p.isPresent() && !within(p.get().availability(), from.get(), until.get())) {
                        String who = Text.person(context.catalog(), c.person());
                        out.report(who + " ist während " + Text.de(s) + " (" + from.get() + "–" + until.get()
                                        + ") nicht verfügbar" + windows(p.get().availability(), true) + ".",
                                who + " is not available during " + Text.en(s) + " (" + from.get() + "–" + until.get()
                                        + ")" + windows(p.get().availability(), false) + ".",
                                e.id(), s.id(), c.person());
                    }
                }
                Optional<Room> room = s.room().flatMap(context.catalog()::room);
                if (room.isPresent() && !within(room.get().availability(), from.get(), until.get())) {
                    String name = Text.room(context.catalog(), room.get().id());
                    out.report("Der Raum " + name + " ist während " + Text.de(s) + " (" + from.get() + "–" + until.get()
                                    + ") nicht verfügbar" + windows(room.get().availability(), true) + ".",
                            "The room " + name + " is not available during " + Text.en(s) + " (" + from.get() + "–"
                                    + until.get() + ")" + windows(room.get().availability(), false) + ".",
                            e.id(), s.id(), room.get().id());
                }
            }
        }
    }

    /** @return true if no windows are given, or [from, until) lies within the union of the windows */
    static boolean within(List<Availability> windows, LocalDateTime from, LocalDateTime until) {
        if (windows.isEmpty()) {
            return true;
        }
        List<Availability> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(Availability::opens));
        LocalDateTime covered = from;
        for (Availability w : sorted) {
            if (w.opens().isAfter(covered)) {
                break;
            }
            if (w.closes().isAfter(covered)) {
                covered = w.closes();
            }
            if (!covered.isBefore(until)) {
                return true;
            }
        }
        return !covered.isBefore(until);
    }

    private static String windows(List<Availability> windows, boolean german) {
        List<String> parts = new ArrayList<>();
        for (Availability w : windows) {
            parts.add(w.opens() + "–" + w.closes());
        }
        return (german ? " (verfügbar: " : " (available: ") + String.join(", ", parts) + ")";
    }

    static void cadence(RuleContext context, Findings out) {
        Set<SeriesId> seriesIds = new LinkedHashSet<>();
        context.events().forEach(e -> e.series().ifPresent(seriesIds::add));
        for (SeriesId id : seriesIds) {
            out.scope(id);
            Optional<EventSeries> series = context.catalog().series(id);
            if (series.isEmpty()) {
                continue;
            }
            Cadence cadence = series.get().cadence();
            List<Event> editions = context.editions(id).stream()
                    .filter(e -> e.status() != EventStatus.CANCELLED)
                    .toList();
            String sde = "Reihe „" + series.get().name() + "“ (" + id + ")";
            String sen = "series \"" + series.get().name() + "\" (" + id + ")";
            if (cadence.kind() == CadenceKind.EXPLICIT_DATES) {
                explicit(context, out, cadence, editions, sde, sen);
                continue;
            }
            if (cadence.intervalYears().isEmpty()) {
                continue;
            }
            int interval = cadence.intervalYears().get();
            Map<Integer, List<Event>> byYear = new TreeMap<>();
            for (Event e : editions) {
                e.year().ifPresent(y -> byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(e));
            }
            if (byYear.isEmpty()) {
                continue;
            }
            int anchor = series.get().firstYear().orElse(byYear.keySet().iterator().next());
            Integer previous = null;
            for (Map.Entry<Integer, List<Event>> y : byYear.entrySet()) {
                int year = y.getKey();
                List<Id> ids = new ArrayList<>();
                y.getValue().forEach(e -> ids.add(e.id()));
                if (!anyInFocus(context, y.getValue()) && (previous == null || !anyInFocus(context, byYear.get(previous)))) {
                    previous = year;
                    continue;
                }
                if (y.getValue().size() > 1 && anyInFocus(context, y.getValue())) {
                    out.report("Die " + sde + " hat " + y.getValue().size() + " Ausgaben im Jahr " + year + ": "
                                    + ids + ".",
                            "The " + sen + " has " + y.getValue().size() + " editions in " + year + ": " + ids + ".",
                            ids);
                }
                if (interval > 1 && Math.floorMod(year - anchor, interval) != 0 && anyInFocus(context, y.getValue())) {
                    out.report("Die " + sde + " findet alle " + interval + " Jahre statt (ab " + anchor
                                    + "), die Ausgabe " + ids + " liegt aber im Jahr " + year + ".",
                            "The " + sen + " takes place every " + interval + " years (from " + anchor + "), but the edition "
                                    + ids + " is in " + year + ".",
                            ids);
                }
                if (previous != null && year - previous > interval) {
                    List<Integer> missing = new ArrayList<>();
                    for (int m = previous + 1; m < year; m++) {
                        if (Math.floorMod(m - anchor, interval) == 0) {
                            missing.add(m);
                        }
                    }
                    if (!missing.isEmpty()) {
                        List<Id> both = new ArrayList<>(ids);
                        byYear.get(previous).forEach(e -> both.add(e.id()));
                        out.report("In der " + sde + " fehlt zwischen " + previous + " und " + year + " die Ausgabe "
                                        + (missing.size() == 1 ? "des Jahres " : "der Jahre ") + join(missing) + ".",
                                "The " + sen + " lacks the edition of " + join(missing) + " between " + previous
                                        + " and " + year + ".",
                                both);
                    }
                }
                previous = year;
            }
        }
    }

    private static boolean anyInFocus(RuleContext context, List<Event> events) {
        for (Event e : events) {
            if (context.inFocus(e.id())) {
                return true;
            }
        }
        return false;
    }

    private static String join(List<Integer> years) {
        List<String> s = new ArrayList<>();
        years.forEach(y -> s.add(y.toString()));
        return String.join(", ", s);
    }

    private static void explicit(RuleContext context, Findings out, Cadence cadence, List<Event> editions,
            String sde, String sen) {
        Map<LocalDate, List<EventId>> byDate = new TreeMap<>();
        cadence.dates().forEach(d -> byDate.put(d, new ArrayList<>()));
        for (Event e : editions) {
            if (e.startDate().isEmpty()) {
                continue;
            }
            List<EventId> at = byDate.get(e.startDate().get());
            if (at == null) {
                if (context.inFocus(e.id())) {
                    out.report("Die Ausgabe " + Text.de(e) + " am " + e.startDate().get() + " ist keiner der Termine der "
                                    + sde + " (" + cadence.dates() + ").",
                            "The edition " + Text.en(e) + " on " + e.startDate().get() + " is not one of the dates of the "
                                    + sen + " (" + cadence.dates() + ").",
                            e.id());
                }
            } else {
                at.add(e.id());
            }
        }
        byDate.forEach((date, ids) -> {
            if (ids.size() > 1 && ids.stream().anyMatch(context::inFocus)) {
                out.report("Die " + sde + " hat am " + date + " " + ids.size() + " Ausgaben: " + ids + ".",
                        "The " + sen + " has " + ids.size() + " editions on " + date + ": " + ids + ".", ids);
            }
        });
        boolean wholeSeries = editions.stream().allMatch(e -> context.inFocus(e.id()));
        if (wholeSeries) {
            List<LocalDate> missing = new ArrayList<>();
            byDate.forEach((date, ids) -> {
                if (ids.isEmpty()) {
                    missing.add(date);
                }
            });
            if (!missing.isEmpty()) {
                List<Id> ids = new ArrayList<>();
                editions.forEach(e -> ids.add(e.id()));
                out.report("In der " + sde + " fehlt die Ausgabe zu " + (missing.size() == 1 ? "dem Termin " : "den Terminen ")
                                + missing + ".",
                        "The " + sen + " lacks the edition of " + (missing.size() == 1 ? "the date " : "the dates ") + missing + ".",
                        ids);
            }
        }
    }
}
