package io.github.konvent.query;

import io.github.konvent.Catalog;
import io.github.konvent.ModelException;
import io.github.konvent.event.Event;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.people.Organization;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A question about the events of a catalog, built from filters that all must hold:
 * {@code EventQuery.of(catalog).between(from, to).withTopic("Integration").list()}. Each filter
 * returns a new query; a query is immutable and may be run many times.
 */
public final class EventQuery {
    private final Facts facts;
    private final List<Predicate<Event>> filters;

    private EventQuery(Facts facts, List<Predicate<Event>> filters) {
        this.facts = facts;
        this.filters = List.copyOf(filters);
    }

    /**
     * @param catalog the catalog to ask
     * @return a query for all its events
     */
    public static EventQuery of(Catalog catalog) {
        return new EventQuery(new Facts(Objects.requireNonNull(catalog, "catalog")), List.of());
    }

    private EventQuery with(Predicate<Event> filter) {
        List<Predicate<Event>> f = new ArrayList<>(filters);
        f.add(filter);
        return new EventQuery(facts, f);
    }

    /**
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @return events with a known date that overlap the range
     */
    public EventQuery between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new ModelException("EventQuery.between to", to.toString(), "a date not before " + from);
        }
        return with(e -> overlaps(e, from, to));
    }

    static boolean overlaps(Event e, LocalDate from, LocalDate to) {
        return e.startDate().isPresent() && !e.startDate().get().isAfter(to) && !e.endDate().get().isBefore(from);
    }

    /**
     * @param year a year
     * @return events of that year (by start date, or by the stated year where no date is known)
     */
    public EventQuery inYear(int year) {
        return with(e -> e.year().filter(y -> y == year).isPresent());
    }

    /**
     * @param series a series
     * @return editions of that series
     */
    public EventQuery inSeries(SeriesId series) {
        Objects.requireNonNull(series, "series");
        return with(e -> e.series().filter(series::equals).isPresent());
    }

    /**
     * @param topic a topic, compared ignoring case and surrounding blanks
     * @return events that list the topic themselves or in one of their sessions
     */
    public EventQuery withTopic(String topic) {
        String t = normal(topic);
        return with(e -> Facts.topics(e).stream().anyMatch(x -> normal(x).equals(t)));
    }

    static String normal(String topic) {
        return topic.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @param format a session format
     * @return events with at least one session of that format
     */
    public EventQuery withFormat(SessionFormat format) {
        Objects.requireNonNull(format, "format");
        return with(e -> e.programme().stream().anyMatch(s -> s.format() == format));
    }

    /**
     * @param organization an organisation
     * @return events it is involved in (event or series involvement in any role), speaks for or
     *     presents at, or one of whose contributors it employs at the time
     */
    public EventQuery involving(OrganizationId organization) {
        Objects.requireNonNull(organization, "organization");
        return with(e -> facts.organizations(e).contains(organization));
    }

    /**
     * @param person a person
     * @return events where the person contributes to a session or is the contact
     */
    public EventQuery withPerson(PersonId person) {
        Objects.requireNonNull(person, "person");
        return with(e -> Facts.people(e).contains(person));
    }

    /**
     * @param programme a funding programme
     * @return events of the programme, and events where one of its projects presents
     */
    public EventQuery inFundingProgramme(ProgrammeId programme) {
        Objects.requireNonNull(programme, "programme");
        return with(e -> e.fundingProgramme().filter(programme::equals).isPresent()
                || e.programme().stream()
                        .flatMap(s -> Facts.projects(s).stream())
                        .anyMatch(p -> facts.catalog().project(p)
                                .flatMap(x -> x.programme())
                                .filter(programme::equals)
                                .isPresent()));
    }

    /**
     * @param municipality a municipality (an organisation)
     * @return events whose venue lies in it (the venue's locality equals the municipality's
     *     locality or its name without a leading "Stadt"/"Gemeinde") or that it is involved in
     *     as an organisation (event or series involvement)
     */
    public EventQuery inMunicipality(OrganizationId municipality) {
        Objects.requireNonNull(municipality, "municipality");
        Optional<Organization> org = facts.catalog().organization(municipality);
        List<String> names = new ArrayList<>();
        org.ifPresent(o -> {
            o.address().flatMap(a -> a.locality()).ifPresent(l -> names.add(normal(l)));
            names.add(normal(o.name().replaceFirst("^(Stadt|Gemeinde|Landeshauptstadt|Hansestadt)\\s+", "")));
        });
        return with(e -> facts.involvements(e).stream().anyMatch(i -> i.party().equals(municipality))
                || locality(e).filter(names::contains).isPresent());
    }

    /**
     * @param locality a place name, compared ignoring case, e.g. "Dortmund"
     * @return events whose venue's address has that locality
     */
    public EventQuery inLocality(String locality) {
        String l = normal(locality);
        return with(e -> locality(e).filter(l::equals).isPresent());
    }

    private Optional<String> locality(Event e) {
        return e.venue().flatMap(facts.catalog()::venue).flatMap(Venue::address).flatMap(a -> a.locality())
                .map(EventQuery::normal);
    }

    /**
     * @param filter any further condition
     * @return events that also meet it
     */
    public EventQuery where(Predicate<Event> filter) {
        return with(Objects.requireNonNull(filter, "filter"));
    }

    /** @return true if the event meets every filter */
    boolean test(Event e) {
        for (Predicate<Event> f : filters) {
            if (!f.test(e)) {
                return false;
            }
        }
        return true;
    }

    /** @return the matching events, in catalog order */
    public List<Event> list() {
        return facts.catalog().events().stream().filter(this::test).toList();
    }

    /** @return the number of matching events */
    public int count() {
        return (int) facts.catalog().events().stream().filter(this::test).count();
    }

    /**
     * @return the matching events as a table {@code events}: event_id, title, start_date, year,
     *     series_id, type, attendance_mode, sessions
     */
    public Table table() {
        Table.Builder t = Table.builder("events")
                .column("event_id", String.class)
                .column("title", String.class)
                .column("start_date", LocalDate.class)
                .column("year", Integer.class)
                .column("series_id", String.class)
                .column("type", String.class)
                .column("attendance_mode", String.class)
                .column("sessions", Integer.class);
        for (Event e : list()) {
            t.row(e.id().value(), e.title(), e.startDate(), e.year(), e.series().map(SeriesId::value),
                    e.type().name(), e.attendanceMode().name(), e.programme().size());
        }
        return t.build();
    }
}
