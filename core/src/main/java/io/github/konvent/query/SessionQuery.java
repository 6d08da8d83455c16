package io.github.konvent.query;

import io.github.konvent.Catalog;
import io.github.konvent.ModelException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.people.ContributionRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A question about the sessions of a catalog, built from filters that all must hold, e.g. all
 * panels on integration since 2020. Event-level filters ({@link #events(java.util.function.UnaryOperator)})
 * narrow the events first. Each filter returns a new query; a query is immutable.
 */
public final class SessionQuery {
    private final Facts facts;
    private final EventQuery events;
    private final List<Predicate<SessionRow>> filters;

    private SessionQuery(Facts facts, EventQuery events, List<Predicate<SessionRow>> filters) {
        this.facts = facts;
        this.events = events;
        this.filters = List.copyOf(filters);
    }

    /**
     * @param catalog the catalog to ask
     * @return a query for all its sessions
     */
    public static SessionQuery of(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new SessionQuery(new Facts(catalog), EventQuery.of(catalog), List.of());
    }

    private SessionQuery with(Predicate<SessionRow> filter) {
        List<Predicate<SessionRow>> f = new ArrayList<>(filters);
        f.add(filter);
        return new SessionQuery(facts, events, f);
    }

    /**
     * @param narrow a function that adds filters to the event query, e.g. {@code q -> q.inYear(2021)}
     * @return sessions of the events that meet them
     */
    public SessionQuery events(java.util.function.UnaryOperator<EventQuery> narrow) {
        return new SessionQuery(facts, narrow.apply(events), filters);
    }

    /**
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @return sessions on a known date within the range
     */
    public SessionQuery between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new ModelException("SessionQuery.between to", to.toString(), "a date not before " + from);
        }
        return with(r -> r.date().filter(d -> !d.isBefore(from) && !d.isAfter(to)).isPresent());
    }

    /**
     * @param series a series
     * @return sessions of its editions
     */
    public SessionQuery inSeries(SeriesId series) {
        return events(q -> q.inSeries(series));
    }

    /**
     * @param topic a topic, compared ignoring case and surrounding blanks
     * @return sessions that list it, or whose event lists it
     */
    public SessionQuery withTopic(String topic) {
        String t = EventQuery.normal(topic);
        return with(r -> r.session().topics().stream().anyMatch(x -> EventQuery.normal(x).equals(t))
                || r.event().topics().stream().anyMatch(x -> EventQuery.normal(x).equals(t)));
    }

    /**
     * @param format a format
     * @return sessions of that format
     */
    public SessionQuery withFormat(SessionFormat format) {
        Objects.requireNonNull(format, "format");
        return with(r -> r.session().format() == format);
    }

    /**
     * @param organization an organisation
     * @return sessions where it presents, a contributor speaks for it, or a contributor is
     *     affiliated with it at the time
     */
    public SessionQuery involving(OrganizationId organization) {
        Objects.requireNonNull(organization, "organization");
        return with(r -> facts.organizations(r.event(), r.session()).contains(organization));
    }

    /**
     * @param person a person
     * @return sessions the person contributes to, in any role
     */
    public SessionQuery withPerson(PersonId person) {
        Objects.requireNonNull(person, "person");
        return with(r -> Facts.people(r.session()).contains(person));
    }

    /**
     * @param person a person
     * @param role a role
     * @return sessions the person contributes to in that role
     */
    public SessionQuery withPerson(PersonId person, ContributionRole role) {
        Objects.requireNonNull(person, "person");
        return with(r -> r.session().people(role).contains(person));
    }

    /**
     * @param programme a funding programme
     * @return sessions in which a project of the programme presents
     */
    public SessionQuery inFundingProgramme(ProgrammeId programme) {
        Objects.requireNonNull(programme, "programme");
        return with(r -> Facts.projects(r.session()).stream()
                .anyMatch(p -> facts.catalog().project(p).flatMap(x -> x.programme()).filter(programme::equals)
                        .isPresent()));
    }

    /**
     * @param municipality a municipality
     * @return sessions of events in it (see {@link EventQuery#inMunicipality(OrganizationId)})
     */
    public SessionQuery inMunicipality(OrganizationId municipality) {
        return events(q -> q.inMunicipality(municipality));
    }

    /**
     * @param filter any further condition
     * @return sessions that also meet it
     */
    public SessionQuery where(Predicate<SessionRow> filter) {
        return with(Objects.requireNonNull(filter, "filter"));
    }

    /** @return the matching sessions, in catalog and programme order */
    public List<SessionRow> list() {
        List<SessionRow> rows = new ArrayList<>();
        for (Event e : facts.catalog().events()) {
            if (!events.test(e)) {
                continue;
            }
            for (Session s : e.programme()) {
                SessionRow r = new SessionRow(e, s);
                if (filters.stream().allMatch(f -> f.test(r))) {
                    rows.add(r);
                }
            }
        }
        return List.copyOf(rows);
    }

    /** @return the number of matching sessions */
    public int count() {
        return list().size();
    }

    /**
     * @return the matching sessions as a table {@code sessions}: event_id, session_id, title,
     *     format, date, day, start, minutes, people
     */
    public Table table() {
        Table.Builder t = Table.builder("sessions")
                .column("event_id", String.class)
                .column("session_id", String.class)
                .column("title", String.class)
                .column("format", String.class)
                .column("date", LocalDate.class)
                .column("day", Integer.class)
                .column("start", String.class)
                .column("minutes", Long.class)
                .column("people", Integer.class);
        for (SessionRow r : list()) {
            Session s = r.session();
            t.row(r.event().id().value(), s.id().value(), s.title(), s.format().name(), r.date(), s.day(),
                    s.start().map(LocalTime::toString), s.duration().map(d -> d.toMinutes()),
                    Facts.people(s).size());
        }
        return t.build();
    }
}
