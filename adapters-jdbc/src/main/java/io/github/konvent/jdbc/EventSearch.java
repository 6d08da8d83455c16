package io.github.konvent.jdbc;

import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.SeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search of the stored events, run in the database by {@link JdbcCatalogStore#findEvents} (the
 * in-memory counterpart over a loaded catalog is {@code io.github.konvent.query.EventQuery}): which
 * events match every given criterion, in a stable order (start date, events without a date last,
 * then id), one page at a time. Immutable; each method returns a new search.
 *
 * <pre>{@code
 * EventSearch.all().between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)).topic("Ehrenamt").page(0, 20)
 * }</pre>
 */
public final class EventSearch {
    private final Optional<LocalDate> from;
    private final Optional<LocalDate> to;
    private final Optional<SeriesId> series;
    private final Optional<String> topic;
    private final Optional<SessionFormat> format;
    private final Optional<OrganizationId> organization;
    private final Set<InvolvementRole> roles;
    private final Optional<PersonId> person;
    private final Optional<ProgrammeId> programme;
    private final Optional<ProjectId> project;
    private final Optional<String> municipalityKey;
    private final int offset;
    private final int limit;

    private EventSearch(
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            Optional<SeriesId> series,
            Optional<String> topic,
            Optional<SessionFormat> format,
            Optional<OrganizationId> organization,
            Set<InvolvementRole> roles,
            Optional<PersonId> person,
            Optional<ProgrammeId> programme,
            Optional<ProjectId> project,
            Optional<String> municipalityKey,
            int offset,
            int limit) {
        this.from = from;
        this.to = to;
        this.series = series;
        this.topic = topic;
        this.format = format;
        this.organization = organization;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.person = person;
        this.programme = programme;
        this.project = project;
        this.municipalityKey = municipalityKey;
        this.offset = offset;
        this.limit = limit;
    }

    /** @return a query for every event, first page of 100 */
    public static EventSearch all() {
        return new EventSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, 100);
    }

    /**
     * @param first the first day of the range, inclusive
     * @param last the last day of the range, inclusive
     * @return events with a known date that take place on at least one day of the range
     */
    public EventSearch between(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("EventSearch.between: last " + last + " is before first " + first);
        }
        return new EventSearch(Optional.of(first), Optional.of(last), series, topic, format, organization, roles,
                person, programme, project, municipalityKey, offset, limit);
    }

    /**
     * @param id a series
     * @return editions of that series
     */
    public EventSearch series(SeriesId id) {
        return new EventSearch(from, to, Optional.of(id), topic, format, organization, roles, person, programme,
                project, municipalityKey, offset, limit);
    }

    /**
     * @param value a topic, matched exactly
     * @return events with that topic, or with a session of that topic
     */
    public EventSearch topic(String value) {
        return new EventSearch(from, to, series, Optional.of(value), format, organization, roles, person, programme,
                project, municipalityKey, offset, limit);
    }

    /**
     * @param value a session format
     * @return events with at least one session of that format
     */
    public EventSearch format(SessionFormat value) {
        return new EventSearch(from, to, series, topic, Optional.of(value), organization, roles, person, programme,
                project, municipalityKey, offset, limit);
    }

    /**
     * @param id an organisation
     * @param inRoles the roles (organiser, cooperation partner, funder…); none means any role
     * @return events in which the organisation is involved in one of the roles
     */
    public EventSearch organization(OrganizationId id, InvolvementRole... inRoles) {
        Set<InvolvementRole> set = inRoles.length == 0 ? Set.of() : EnumSet.of(inRoles[0], inRoles);
        return new EventSearch(from, to, series, topic, format, Optional.of(id), set, person, programme, project,
                municipalityKey, offset, limit);
    }

    /**
     * @param id a person
     * @return events where the person contributes to a session or to the whole event in any role, or is
     *     the contact
     */
    public EventSearch person(PersonId id) {
        return new EventSearch(from, to, series, topic, format, organization, roles, Optional.of(id), programme,
                project, municipalityKey, offset, limit);
    }

    /**
     * @param id a funding programme
     * @return events of that funding programme
     */
    public EventSearch fundingProgramme(ProgrammeId id) {
        return new EventSearch(from, to, series, topic, format, organization, roles, person, Optional.of(id),
                project, municipalityKey, offset, limit);
    }

    /**
     * @param id a project
     * @return events in which the project is involved, presents, or on whose behalf someone speaks
     */
    public EventSearch project(ProjectId id) {
        return new EventSearch(from, to, series, topic, format, organization, roles, person, programme,
                Optional.of(id), municipalityKey, offset, limit);
    }

    /**
     * @param ags an official municipality key (Amtlicher Gemeindeschlüssel)
     * @return events in which an organisation of that key is involved, presents, or on whose
     *     behalf someone speaks
     */
    public EventSearch municipality(String ags) {
        return new EventSearch(from, to, series, topic, format, organization, roles, person, programme, project,
                Optional.of(ags), offset, limit);
    }

    /**
     * @param first how many matching events to skip
     * @param size how many to return at most, 1 to 10,000
     * @return the same query for that page
     */
    public EventSearch page(int first, int size) {
        if (first < 0 || size < 1 || size > 10_000) {
            throw new IllegalArgumentException(
                    "EventSearch.page: offset " + first + " and size " + size + "; expected offset >= 0, size 1..10000");
        }
        return new EventSearch(from, to, series, topic, format, organization, roles, person, programme, project,
                municipalityKey, first, size);
    }

    /** @return the offset of the page */
    public int offset() {
        return offset;
    }

    /** @return the size of the page */
    public int limit() {
        return limit;
    }

    /** The SQL of a query and its bind parameters. */
    record Statement(String sql, Object[] params) {}

    Statement toSql(boolean count) {
        StringBuilder sql = new StringBuilder(count ? "SELECT COUNT(*) FROM konvent_event e WHERE 1 = 1"
                : "SELECT e.id FROM konvent_event e WHERE 1 = 1");
        List<Object> p = new ArrayList<>();
        if (from.isPresent()) {
            sql.append(" AND e.end_date >= ? AND e.start_date <= ?");
            p.add(from.get());
            p.add(to.orElseThrow());
        }
        series.ifPresent(s -> {
            sql.append(" AND e.series_id = ?");
            p.add(s.value());
        });
        topic.ifPresent(t -> {
            sql.append(" AND (EXISTS (SELECT 1 FROM konvent_event_text t WHERE t.event_id = e.id"
                    + " AND t.item_kind = 'TOPIC' AND t.text_value = ?)"
                    + " OR EXISTS (SELECT 1 FROM konvent_session_text st WHERE st.event_id = e.id"
                    + " AND st.item_kind = 'TOPIC' AND st.text_value = ?))");
            p.add(t);
            p.add(t);
        });
        format.ifPresent(f -> {
            sql.append(" AND EXISTS (SELECT 1 FROM konvent_session s WHERE s.event_id = e.id AND s.session_format = ?)");
            p.add(f.name());
        });
        organization.ifPresent(o -> {
            sql.append(" AND EXISTS (SELECT 1 FROM konvent_event_involvement i WHERE i.event_id = e.id"
                    + " AND i.party_kind = 'organization' AND i.party_id = ?");
            p.add(o.value());
            if (!roles.isEmpty()) {
                sql.append(" AND i.role_name IN (").append(Sql.placeholders(roles.size())).append(')');
                EnumSet.copyOf(roles).forEach(r -> p.add(r.name()));
            }
            sql.append(')');
        });
        person.ifPresent(x -> {
            sql.append(" AND (e.contact_id = ? OR EXISTS (SELECT 1 FROM konvent_contribution k"
                    + " WHERE k.event_id = e.id AND k.person_id = ?)"
                    + " OR EXISTS (SELECT 1 FROM konvent_event_contribution ek"
                    + " WHERE ek.event_id = e.id AND ek.person_id = ?))");
            p.add(x.value());
            p.add(x.value());
            p.add(x.value());
        });
        programme.ifPresent(x -> {
            sql.append(" AND e.programme_id = ?");
            p.add(x.value());
        });
        project.ifPresent(x -> {
            sql.append(" AND (EXISTS (SELECT 1 FROM konvent_event_involvement i WHERE i.event_id = e.id"
                    + " AND i.party_kind = 'project' AND i.party_id = ?)"
                    + " OR EXISTS (SELECT 1 FROM konvent_session_party sp WHERE sp.event_id = e.id"
                    + " AND sp.party_kind = 'project' AND sp.party_id = ?)"
                    + " OR EXISTS (SELECT 1 FROM konvent_event_contribution_party ep WHERE ep.event_id = e.id"
                    + " AND ep.party_kind = 'project' AND ep.party_id = ?))");
            p.add(x.value());
            p.add(x.value());
            p.add(x.value());
        });
        municipalityKey.ifPresent(x -> {
            sql.append(" AND (EXISTS (SELECT 1 FROM konvent_event_involvement i JOIN konvent_organization o"
                    + " ON o.id = i.party_id WHERE i.event_id = e.id AND i.party_kind = 'organization' AND o.ags = ?)"
                    + " OR EXISTS (SELECT 1 FROM konvent_session_party sp JOIN konvent_organization o"
                    + " ON o.id = sp.party_id WHERE sp.event_id = e.id AND sp.party_kind = 'organization'"
                    + " AND o.ags = ?)"
                    + " OR EXISTS (SELECT 1 FROM konvent_event_contribution_party ep JOIN konvent_organization o"
                    + " ON o.id = ep.party_id WHERE ep.event_id = e.id AND ep.party_kind = 'organization'"
                    + " AND o.ags = ?))");
            p.add(x);
            p.add(x);
            p.add(x);
        });
        if (!count) {
            sql.append(" ORDER BY CASE WHEN e.start_date IS NULL THEN 1 ELSE 0 END, e.start_date, e.id"
                    + " LIMIT ? OFFSET ?");
            p.add(limit);
            p.add(offset);
        }
        return new Statement(sql.toString(), p.toArray());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("EventSearch[");
        from.ifPresent(f -> sb.append("between=").append(f).append("..").append(to.orElseThrow()).append(", "));
        series.ifPresent(x -> sb.append("series=").append(x).append(", "));
        topic.ifPresent(x -> sb.append("topic=").append(x).append(", "));
        format.ifPresent(x -> sb.append("format=").append(x).append(", "));
        organization.ifPresent(x -> sb.append("organization=").append(x).append(roles.isEmpty() ? "" : " " + roles)
                .append(", "));
        person.ifPresent(x -> sb.append("person=").append(x).append(", "));
        programme.ifPresent(x -> sb.append("fundingProgramme=").append(x).append(", "));
        project.ifPresent(x -> sb.append("project=").append(x).append(", "));
        municipalityKey.ifPresent(x -> sb.append("municipality=").append(x).append(", "));
        return sb.append("page=").append(offset).append('+').append(limit).append(']').toString();
    }
}
