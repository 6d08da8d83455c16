package io.github.konvent.ical;

import io.github.konvent.Catalog;
import io.github.konvent.event.Address;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import io.github.konvent.version.ProgrammeChange;
import io.github.konvent.version.ProgrammeHistory;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Turns events, their sessions and series into iCalendar text, written through a {@link ContentWriter}. */
final class CalendarExport {
    static final String ONLINE_PREFIX = "Online-Teilnahme: ";
    static final String VCARD_SCHEMA = "https://www.rfc-editor.org/rfc/rfc6350";

    private static final Map<io.github.konvent.event.SessionFormat, String> FORMAT_LABELS = labels(
            io.github.konvent.event.SessionFormat.class);
    private static final Map<io.github.konvent.event.EventType, String> TYPE_LABELS = labels(
            io.github.konvent.event.EventType.class);

    private final Catalog catalog;
    private final KonventICal settings;
    private final ContentWriter out;
    private final Uids uids;
    private final String stamp;

    CalendarExport(Catalog catalog, KonventICal settings, ContentWriter out) {
        this.catalog = catalog;
        this.settings = settings;
        this.out = out;
        this.uids = new Uids(settings.uidPrefix());
        this.stamp = ContentWriter.utc(settings.clock().instant());
    }

    /** A recurring VEVENT for a series: its anchor time, recurrence, and the editions that override it. */
    record SeriesPlan(EventSeries series, Event anchor, LocalDate firstDate, List<LocalDate> rdates,
            Map<Event, LocalDate> overrides) {}

    /**
     * Writes a whole VCALENDAR.
     *
     * @param name the calendar's name, or null
     * @param events events written as stand-alone VEVENTs
     * @param plan a series written as a recurring VEVENT with its editions as overrides, or null
     */
    void calendar(String name, List<Event> events, SeriesPlan plan) {
        Map<ZoneId, java.util.TreeSet<Integer>> zones = new TreeMap<>(Comparator.comparing(ZoneId::getId));
        List<Event> all = new ArrayList<>(events);
        if (plan != null) {
            all.addAll(plan.overrides().keySet());
            all.add(plan.anchor());
        }
        for (Event e : all) {
            if (e.startDate().isEmpty() || !usesZone(e)) {
                continue;
            }
            java.util.TreeSet<Integer> years = zones.computeIfAbsent(e.zone(), z -> new java.util.TreeSet<>());
            for (int y = e.startDate().get().getYear(); y <= e.endDate().get().plusDays(1).getYear(); y++) {
                years.add(y);
            }
            if (plan != null && e == plan.anchor()) {
                years.add(plan.firstDate().getYear());
                for (LocalDate d : plan.rdates()) {
                    years.add(d.getYear());
                    years.add(d.plusDays(e.days()).getYear());
                }
            }
        }
        boolean openEnded = plan != null && plan.rdates().isEmpty() && plan.series().cadence().intervalYears().isPresent();
        out.begin("VCALENDAR");
        out.property("VERSION").value("2.0");
        out.property("PRODID").text(settings.productId());
        out.property("CALSCALE").value("GREGORIAN");
        if (name != null) {
            out.property("NAME").text(name);
            out.property("X-WR-CALNAME").text(name);
        }
        for (Map.Entry<ZoneId, java.util.TreeSet<Integer>> z : zones.entrySet()) {
            Timezones.write(out, z.getKey(), z.getValue(), openEnded && z.getKey().equals(plan.anchor().zone()));
        }
        if (plan != null) {
            seriesMaster(plan);
            for (Map.Entry<Event, LocalDate> o : plan.overrides().entrySet()) {
                event(o.getKey(), plan, o.getValue());
            }
        }
        for (Event e : events) {
            event(e, null, null);
        }
        out.end("VCALENDAR");
    }

    /** @return a plan for a series, or null if its cadence or its editions give no recurrence */
    static SeriesPlan plan(Catalog catalog, EventSeries series) {
        Cadence cadence = series.cadence();
        List<Event> dated = catalog.editions(series.id()).stream()
                .filter(e -> e.startDate().isPresent())
                .sorted(Comparator.comparing((Event e) -> e.startDate().get()))
                .toList();
        Map<Event, LocalDate> overrides = new java.util.LinkedHashMap<>();
        if (cadence.kind() == CadenceKind.EXPLICIT_DATES) {
            List<LocalDate> dates = cadence.dates();
            Event anchor = dated.stream().filter(e -> e.startDate().get().equals(dates.get(0))).findFirst()
                    .orElse(dated.isEmpty() ? null : dated.get(0));
            if (anchor == null) {
                return null;
            }
            for (Event e : dated) {
                if (dates.contains(e.startDate().get()) && !overrides.containsValue(e.startDate().get())) {
                    overrides.put(e, e.startDate().get());
                }
            }
            return new SeriesPlan(series, anchor, dates.get(0), dates.subList(1, dates.size()), overrides);
        }
        Optional<Integer> interval = cadence.intervalYears();
        if (interval.isEmpty() || dated.isEmpty()) {
            return null;
        }
        Event anchor = dated.get(0);
        LocalDate first = anchor.startDate().get();
        for (Event e : dated) {
            int years = e.startDate().get().getYear() - first.getYear();
            LocalDate instance = first.plusYears(years);
            if (years % interval.get() == 0 && !overrides.containsValue(instance)) {
                overrides.put(e, instance);
            }
        }
        return new SeriesPlan(series, anchor, first, List.of(), overrides);
    }

    private boolean usesZone(Event e) {
        return timed(e) || settings.sessions() && e.programme().stream().anyMatch(s -> s.start().isPresent());
    }

    private boolean timed(Event e) {
        return e.dailyStart().isPresent() && e.dailyEnd().isPresent();
    }

    private void seriesMaster(SeriesPlan plan) {
        Event anchor = plan.anchor();
        EventSeries s = plan.series();
        out.begin("VEVENT");
        out.property("UID").text(uids.of("series", s.id().value()));
        out.property("DTSTAMP").value(stamp);
        out.property("SEQUENCE").value(Long.toString(s.revision()));
        String tz = anchor.zone().getId();
        if (timed(anchor)) {
            LocalTime from = anchor.dailyStart().get();
            out.property("DTSTART").param("TZID", tz).value(ContentWriter.localDateTime(plan.firstDate().atTime(from)));
            out.property("DTEND").param("TZID", tz).value(ContentWriter.localDateTime(
                    plan.firstDate().plusDays(anchor.days() - 1L).atTime(anchor.dailyEnd().get())));
        } else {
            out.property("DTSTART").param("VALUE", "DATE").value(ContentWriter.date(plan.firstDate()));
            out.property("DTEND").param("VALUE", "DATE").value(ContentWriter.date(plan.firstDate().plusDays(anchor.days())));
        }
        if (plan.rdates().isEmpty()) {
            out.property("RRULE").value("FREQ=YEARLY;INTERVAL=" + s.cadence().intervalYears().get());
        } else {
            // DTSTART repeated in RDATE: the recurrence set is the same (RFC 5545 drops duplicates), and
            // clients such as ical.js that skip DTSTART when there is RDATE but no RRULE still see it
            List<LocalDate> dates = new ArrayList<>();
            dates.add(plan.firstDate());
            dates.addAll(plan.rdates());
            StringBuilder sb = new StringBuilder();
            for (LocalDate d : dates) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(timed(anchor) ? ContentWriter.localDateTime(d.atTime(anchor.dailyStart().get())) : ContentWriter.date(d));
            }
            if (timed(anchor)) {
                out.property("RDATE").param("TZID", tz).value(sb.toString());
            } else {
                out.property("RDATE").param("VALUE", "DATE").value(sb.toString());
            }
        }
        out.property("SUMMARY").text(s.name());
        Optional<String> description = s.description().or(s::motto);
        description.ifPresent(d -> out.property("DESCRIPTION").text(d));
        if (!s.topics().isEmpty()) {
            out.property("CATEGORIES").texts(s.topics());
        }
        s.website().ifPresent(u -> out.property("URL").param("VALUE", "URI").value(u.toString()));
        s.firstYear().ifPresent(y -> out.property("X-KONVENT-FIRST-YEAR").value(Integer.toString(y)));
        out.property("X-KONVENT-CADENCE").value(s.cadence().kind().name());
        out.end("VEVENT");
    }

    private void event(Event e, SeriesPlan plan, LocalDate recurrence) {
        if (e.startDate().isEmpty()) {
            return; // without a date there is no DTSTART: an undated announcement is not exported
        }
        String tz = e.zone().getId();
        out.begin("VEVENT");
        String own = Optional.ofNullable(e.externalIds().get(CatalogAssembly.UID_SCHEME))
                .orElseGet(() -> uids.of("event", e.id().value()));
        out.property("UID").text(plan == null ? own : uids.of("series", plan.series().id().value()));
        if (plan == null && e.externalIds().containsKey(CatalogAssembly.UID_SCHEME)) {
            // the UID is another system's: the Konvent id travels beside it
            out.property("X-KONVENT-ID").text(e.id().value());
        }
        out.property("DTSTAMP").value(stamp);
        out.property("SEQUENCE").value(Long.toString(e.revision()));
        if (plan != null) {
            Event anchor = plan.anchor();
            if (timed(anchor)) {
                out.property("RECURRENCE-ID").param("TZID", anchor.zone().getId())
                        .value(ContentWriter.localDateTime(recurrence.atTime(anchor.dailyStart().get())));
            } else {
                out.property("RECURRENCE-ID").param("VALUE", "DATE").value(ContentWriter.date(recurrence));
            }
            out.property("X-KONVENT-EVENT-ID").text(e.id().value());
        }
        LocalDate start = e.startDate().get();
        if (plan == null && e.days() == 1 && e.dailyStart().isPresent() && e.dailyEnd().isEmpty()) {
            // a start time without an end: a timed VEVENT without DTEND (RFC 5545 3.6.1), not all day
            out.property("DTSTART").param("TZID", tz).value(ContentWriter.localDateTime(start.atTime(e.dailyStart().get())));
        } else if (timed(e)) {
            out.property("DTSTART").param("TZID", tz).value(ContentWriter.localDateTime(start.atTime(e.dailyStart().get())));
            out.property("DTEND").param("TZID", tz).value(ContentWriter.localDateTime(e.endDate().get().atTime(e.dailyEnd().get())));
        } else {
            out.property("DTSTART").param("VALUE", "DATE").value(ContentWriter.date(start));
            out.property("DTEND").param("VALUE", "DATE").value(ContentWriter.date(e.endDate().get().plusDays(1)));
            if (!e.zone().equals(settings.defaultZone())) {
                out.property("X-KONVENT-ZONE").text(e.zone().getId());
            }
            e.dailyStart().ifPresent(t -> out.property("X-KONVENT-DAILY-START").value(t.toString()));
            e.dailyEnd().ifPresent(t -> out.property("X-KONVENT-DAILY-END").value(t.toString()));
        }
        out.property("SUMMARY").text(e.title());
        externalIds(e.externalIds());
        Optional<URI> join = e.online().flatMap(OnlineLocation::joinUrl);
        description(e.description(), join);
        status(e.status());
        List<String> categories = new ArrayList<>();
        categories.add(TYPE_LABELS.get(e.type()));
        out.property("CATEGORIES").texts(categories);
        if (!e.topics().isEmpty()) {
            out.property("CATEGORIES").texts(e.topics());
        }
        Optional<Venue> venue = e.venue().flatMap(catalog::venue);
        location(e, venue, Optional.empty());
        if (join.isPresent()) {
            out.property("URL").param("VALUE", "URI").value(join.get().toString());
            e.website().ifPresent(u -> out.property("X-KONVENT-WEBSITE").param("VALUE", "URI").value(u.toString()));
        } else {
            e.website().ifPresent(u -> out.property("URL").param("VALUE", "URI").value(u.toString()));
        }
        conference(e);
        attendance(e, venue.isPresent());
        organizer(e);
        attendees(e.contributions());
        venue.ifPresent(this::vlocation);
        participants(e.id().value(), e.contributions());
        out.end("VEVENT");
        if (settings.sessions()) {
            for (Session s : e.programme()) {
                session(e, s, venue, own);
            }
            Optional<ProgrammeHistory> history = settings.history(e.id());
            if (history.isPresent()) {
                for (ProgrammeHistory.Removed r : history.get().removed(settings.clock().instant(),
                        settings.cancelledRetention())) {
                    removedSession(e, r, own);
                }
            }
        }
    }

    /** A session removed from the programme: kept, cancelled, so that subscribed calendars drop it. */
    private void removedSession(Event e, ProgrammeHistory.Removed r, String eventUid) {
        ProgrammeChange c = r.change();
        if (c.oldStart().isEmpty()) {
            return; // it was never in a calendar
        }
        String tz = e.zone().getId();
        out.begin("VEVENT");
        out.property("UID").text(uids.of("session", c.session().value()));
        out.property("DTSTAMP").value(stamp);
        out.property("SEQUENCE").value(Long.toString(r.version()));
        out.property("DTSTART").param("TZID", tz).value(ContentWriter.localDateTime(c.oldStart().get()));
        c.oldEnd().ifPresent(end -> out.property("DTEND").param("TZID", tz).value(ContentWriter.localDateTime(end)));
        out.property("SUMMARY").text(c.title());
        out.property("STATUS").value("CANCELLED");
        out.property("RELATED-TO").param("RELTYPE", "PARENT").text(eventUid);
        out.end("VEVENT");
    }

    private void session(Event e, Session s, Optional<Venue> venue, String eventUid) {
        Optional<LocalDateTime> start = e.startOf(s);
        if (start.isEmpty()) {
            return; // a session without a start time has no place in a calendar
        }
        String tz = e.zone().getId();
        out.begin("VEVENT");
        out.property("UID").text(Optional.ofNullable(s.externalIds().get(CatalogAssembly.UID_SCHEME))
                .orElseGet(() -> uids.of("session", s.id().value())));
        if (s.externalIds().containsKey(CatalogAssembly.UID_SCHEME)) {
            out.property("X-KONVENT-ID").text(s.id().value());
        }
        out.property("DTSTAMP").value(stamp);
        out.property("SEQUENCE").value(Long.toString(
                settings.history(e.id()).map(h -> h.sequenceOf(s.id())).orElse(e.revision())));
        out.property("DTSTART").param("TZID", tz).value(ContentWriter.localDateTime(start.get()));
        e.endOf(s).ifPresent(end -> out.property("DTEND").param("TZID", tz).value(ContentWriter.localDateTime(end)));
        if (s.endDerived()) {
            out.property("X-KONVENT-END-DERIVED").value("TRUE");
        }
        out.property("SUMMARY").text(s.title());
        externalIds(s.externalIds());
        Optional<URI> join = e.online().flatMap(OnlineLocation::joinUrl);
        description(s.description(), join);
        status(e.status());
        out.property("CATEGORIES").text(FORMAT_LABELS.get(s.format()));
        if (!s.topics().isEmpty()) {
            out.property("CATEGORIES").texts(s.topics());
        }
        Optional<Room> room = s.room().flatMap(catalog::room);
        location(e, venue, room);
        join.ifPresent(u -> out.property("URL").param("VALUE", "URI").value(u.toString()));
        conference(e);
        out.property("RELATED-TO").param("RELTYPE", "PARENT").text(eventUid);
        attendees(s.contributions());
        room.ifPresent(r -> {
            out.begin("VLOCATION");
            out.property("UID").text(uids.of("room", r.id().value()));
            out.property("NAME").text(r.name());
            externalIds(r.externalIds());
            out.end("VLOCATION");
        });
        participants(s.id().value(), s.contributions());
        out.end("VEVENT");
    }

    /** Writes the identifiers other systems gave a thing, except the UID that is written as UID. */
    private void externalIds(Map<String, String> ids) {
        for (Map.Entry<String, String> id : new TreeMap<>(ids).entrySet()) {
            if (!id.getKey().equals(CatalogAssembly.UID_SCHEME)) {
                out.property("X-KONVENT-EXTERNAL-ID").param("SCHEME", id.getKey()).text(id.getValue());
            }
        }
    }

    private void description(Optional<String> text, Optional<URI> join) {
        if (join.isEmpty()) {
            text.ifPresent(d -> out.property("DESCRIPTION").text(d));
            return;
        }
        String link = ONLINE_PREFIX + join.get();
        out.property("DESCRIPTION").text(text.map(d -> d + "\n\n" + link).orElse(link));
    }

    private void status(EventStatus status) {
        String value = switch (status) {
            case CANCELLED -> "CANCELLED";
            case SAVE_THE_DATE, POSTPONED -> "TENTATIVE";
            default -> "CONFIRMED";
        };
        out.property("STATUS").value(value);
        if (status != EventStatus.CANCELLED && status != EventStatus.SAVE_THE_DATE) {
            out.property("X-KONVENT-STATUS").value(status.name());
        }
    }

    private void location(Event e, Optional<Venue> venue, Optional<Room> room) {
        Optional<String> alone = room.map(r -> r.externalIds().get(CatalogAssembly.LOCATION_SCHEME));
        if (alone.isPresent()) {
            out.property("LOCATION").text(alone.get()); // the room's own LOCATION text, as it was read
            return;
        }
        if (venue.isPresent() && venue.get().address().isEmpty() && venue.get().geo().isEmpty()
                && !venue.get().rooms().isEmpty() && venue.get().rooms().stream()
                        .allMatch(r -> r.externalIds().containsKey(CatalogAssembly.LOCATION_SCHEME))) {
            // a venue made only of rooms read from LOCATION lines is the calendar's, not a place of its own
            venue = Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        room.ifPresent(r -> sb.append(r.name()));
        venue.ifPresent(v -> {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(v.name());
            String address = v.address().map(Address::toDisplayString).orElse("");
            if (!address.isEmpty()) {
                sb.append(", ").append(address);
            }
        });
        if (sb.length() == 0 && e.attendanceMode() == AttendanceMode.ONLINE) {
            sb.append("Online");
            e.online().flatMap(OnlineLocation::platform).ifPresent(p -> sb.append(" (").append(p).append(')'));
        }
        if (sb.length() > 0) {
            out.property("LOCATION").text(sb.toString());
        }
    }

    /** Writes what the importer could not derive from CONFERENCE, VLOCATION and LOCATION. */
    private void attendance(Event e, boolean hasVenue) {
        Optional<OnlineLocation> online = e.online();
        boolean conference = online.flatMap(OnlineLocation::joinUrl).isPresent();
        boolean onlineLocation = !hasVenue && e.attendanceMode() == AttendanceMode.ONLINE;
        boolean derivedOnline = conference || onlineLocation;
        AttendanceMode derived = derivedOnline ? (hasVenue ? AttendanceMode.HYBRID : AttendanceMode.ONLINE) : AttendanceMode.IN_PERSON;
        if (derived != e.attendanceMode()) {
            out.property("X-KONVENT-ATTENDANCE").value(e.attendanceMode().name());
        }
        if (online.isPresent() && !conference && !onlineLocation) {
            online.get().platform().ifPresent(p -> out.property("X-KONVENT-PLATFORM").text(p));
        }
        if (online.isPresent() && !conference) {
            online.get().label().ifPresent(l -> out.property("X-KONVENT-ONLINE-LABEL").text(l));
        }
    }

    private void conference(Event e) {
        if (e.online().isEmpty() || e.online().get().joinUrl().isEmpty()) {
            return;
        }
        OnlineLocation o = e.online().get();
        ContentWriter p = out.property("CONFERENCE").param("VALUE", "URI").param("FEATURE", "VIDEO")
                .param("LABEL", o.label().or(o::platform).orElse("Online-Teilnahme"));
        if (o.platform().isPresent()) {
            p.param("X-KONVENT-PLATFORM", o.platform().get());
        }
        if (o.label().isEmpty()) {
            p.param("X-KONVENT-NO-LABEL", "TRUE");
        }
        p.value(o.joinUrl().get().toString());
    }

    private void organizer(Event e) {
        Optional<Person> contact = e.contact().flatMap(catalog::person);
        if (contact.isEmpty()) {
            return;
        }
        Optional<String> email = contact.get().publicContacts().stream().map(ContactPoint::email)
                .flatMap(Optional::stream).findFirst();
        email.ifPresent(m -> out.property("ORGANIZER").param("CN", contact.get().displayName())
                .param("X-KONVENT-ID", contact.get().id().value()).value("mailto:" + m));
    }

    private void vlocation(Venue v) {
        out.begin("VLOCATION");
        out.property("UID").text(uids.of("venue", v.id().value()));
        out.property("NAME").text(v.name());
        v.geo().ifPresent(g -> out.property("GEO").value(number(g.latitude()) + ";" + number(g.longitude())));
        v.website().ifPresent(u -> out.property("URL").param("VALUE", "URI").value(u.toString()));
        v.address().ifPresent(a -> {
            StringBuilder card = new StringBuilder("BEGIN:VCARD\nVERSION:4.0\nFN:");
            vcardText(card, v.name());
            card.append("\nADR:;");
            vcardText(card, a.district().orElse(""));
            card.append(';');
            vcardText(card, a.street().orElse(""));
            card.append(';');
            vcardText(card, a.locality().orElse(""));
            card.append(';');
            vcardText(card, a.region().orElse(""));
            card.append(';');
            vcardText(card, a.postalCode().orElse(""));
            card.append(';');
            vcardText(card, a.country());
            card.append("\nEND:VCARD");
            out.property("STRUCTURED-DATA").param("VALUE", "TEXT").param("FMTTYPE", "text/vcard")
                    .param("SCHEMA", VCARD_SCHEMA).text(card.toString());
        });
        out.end("VLOCATION");
    }

    /** Writes the contributions of people read from ATTENDEE lines back as ATTENDEE lines. */
    private void attendees(List<Contribution> contributions) {
        for (Contribution c : contributions) {
            Optional<Person> p = catalog.person(c.person());
            if (p.isPresent() && p.get().externalIds().containsKey(CatalogAssembly.ATTENDEE_SCHEME)) {
                attendee(p.get(), c);
            }
        }
    }

    private void participants(String owner, List<Contribution> contributions) {
        for (int i = 0; i < contributions.size(); i++) {
            Contribution c = contributions.get(i);
            Optional<Person> p = catalog.person(c.person());
            if (p.isEmpty() || !p.get().externalIds().containsKey(CatalogAssembly.ATTENDEE_SCHEME)) {
                participant(owner, c, i);
            }
        }
    }

    /** A person read from an ATTENDEE is written back as one, with the address it had. */
    private void attendee(Person p, Contribution c) {
        String address = p.externalIds().get(CatalogAssembly.ATTENDEE_SCHEME);
        if (VEventReader.MAILTO.equals(address)) {
            address = p.publicContacts().stream().map(ContactPoint::email).flatMap(Optional::stream).findFirst()
                    .map(m -> "mailto:" + m).orElse("invalid:nomail");
        }
        out.property("ATTENDEE").param("CN", p.displayName())
                .param("ROLE", c.role() == ContributionRole.MODERATOR ? "CHAIR" : "REQ-PARTICIPANT").param("X-KONVENT-ID", p.id().value()).param("X-KONVENT-ROLE", c.role().name()).value(address);
    }

    private void participant(String owner, Contribution c, int index) {
        Optional<Person> person = catalog.person(c.person());
        if (person.isEmpty()) {
            return;
        }
        Person p = person.get();
        out.begin("PARTICIPANT");
        out.property("UID").text(uids.participant(owner, p.id().value(), index));
        out.property("DTSTAMP").value(stamp);
        out.property("PARTICIPANT-TYPE").value(participantType(c.role()));
        out.property("X-KONVENT-ROLE").value(c.role().name());
        out.property("SUMMARY").text(p.displayName());
        List<ContactPoint> contacts = p.publicContacts();
        contacts.stream().map(ContactPoint::email).flatMap(Optional::stream).findFirst()
                .ifPresent(m -> out.property("CALENDAR-ADDRESS").value("mailto:" + m));
        contacts.stream().map(ContactPoint::url).flatMap(Optional::stream).findFirst()
                .ifPresent(u -> out.property("URL").param("VALUE", "URI").value(u.toString()));
        StringBuilder card = new StringBuilder("BEGIN:VCARD\nVERSION:4.0\nFN:");
        vcardText(card, p.displayName());
        card.append("\nN:");
        vcardText(card, p.familyName());
        card.append(';');
        vcardText(card, p.givenName().orElse(""));
        card.append(";;");
        vcardText(card, p.honorific().orElse(""));
        card.append(';');
        p.salutation().ifPresent(x -> {
            card.append("\nX-KONVENT-SALUTATION:");
            vcardText(card, x);
        });
        c.function().ifPresent(f -> {
            card.append("\nTITLE:");
            vcardText(card, f);
        });
        for (PartyId party : c.onBehalfOf()) {
            String kind = party instanceof ProjectId ? "project" : party instanceof OrganizationId ? "organization" : "party";
            card.append("\nORG;X-KONVENT-ID=").append(kind).append('/').append(party.value()).append(':');
            vcardText(card, catalog.nameOf(party));
        }
        card.append("\nEND:VCARD");
        out.property("STRUCTURED-DATA").param("VALUE", "TEXT").param("FMTTYPE", "text/vcard")
                .param("SCHEMA", VCARD_SCHEMA).text(card.toString());
        out.end("PARTICIPANT");
    }

    private static <E extends Enum<E> & io.github.konvent.Labeled> Map<E, String> labels(Class<E> type) {
        Map<E, String> m = new java.util.EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, e.labelDe());
        }
        return m;
    }

    static String participantType(ContributionRole role) {
        return switch (role) {
            case SPEAKER, PANELIST, GREETING -> "SPEAKER";
            default -> "ACTIVE";
        };
    }

    private static void vcardText(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> {
                    // a lone CR is a line break as well; CR LF is one
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                        sb.append("\\n");
                    }
                }
                default -> sb.append(c);
            }
        }
    }

    private static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
