package io.github.konvent.jdbc;

import static io.github.konvent.jdbc.Sql.date;
import static io.github.konvent.jdbc.Sql.integer;
import static io.github.konvent.jdbc.Sql.string;
import static io.github.konvent.jdbc.Sql.time;
import static io.github.konvent.jdbc.Sql.timestamp;
import static io.github.konvent.jdbc.Sql.uri;

import io.github.konvent.ModelException;
import io.github.konvent.StoreException;
import io.github.konvent.event.AccessibilityFeature;
import io.github.konvent.event.Address;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Availability;
import io.github.konvent.event.Award;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.Fee;
import io.github.konvent.event.GeoPoint;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Laureate;
import io.github.konvent.event.Link;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Registration;
import io.github.konvent.event.RegistrationState;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.funding.ProjectKind;
import io.github.konvent.id.AwardId;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.LabId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of the schema: loads aggregates, either all of a kind or those of some ids, in a
 * fixed number of statements per kind (per chunk of ids).
 */
final class Reader {
    /** Ids per IN list. */
    static final int CHUNK = 500;

    private final Connection c;

    Reader(Connection connection) {
        this.c = connection;
    }

    /** Which owners to read: every one (ids empty and all true) or those of the ids. */
    record Owners(boolean all, List<String> ids) {
        static Owners every() {
            return new Owners(true, List.of());
        }

        static Owners of(Collection<String> ids) {
            return new Owners(false, List.copyOf(ids));
        }

        String where(String column) {
            return all ? "" : " WHERE " + column + " IN (" + Sql.placeholders(ids.size()) + ")";
        }

        String and(String column) {
            return all ? "" : " AND " + column + " IN (" + Sql.placeholders(ids.size()) + ")";
        }

        Object[] params() {
            return ids.toArray();
        }

        /** @return the owners in chunks of at most CHUNK ids (one chunk meaning every owner) */
        List<Owners> chunks() {
            if (all || ids.size() <= CHUNK) {
                return List.of(this);
            }
            List<Owners> chunks = new ArrayList<>();
            for (int i = 0; i < ids.size(); i += CHUNK) {
                chunks.add(new Owners(false, ids.subList(i, Math.min(ids.size(), i + CHUNK))));
            }
            return chunks;
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name, String where) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new StoreException(where + ": unknown " + type.getSimpleName() + " '" + name + "' in the database", e);
        }
    }

    static PartyId party(String kind, String id, String where) {
        try {
            return PartyId.of(kind, id);
        } catch (ModelException e) {
            throw new StoreException(where + ": unknown party kind '" + kind
                    + "' in the database; expected organization, project or person", e);
        }
    }

    private static Optional<Address> address(ResultSet rs) throws SQLException {
        if (!rs.getBoolean("has_address")) {
            return Optional.empty();
        }
        return Optional.of(Address.builder()
                .street(string(rs, "addr_street"))
                .postalCode(string(rs, "addr_postal_code"))
                .locality(string(rs, "addr_locality"))
                .district(string(rs, "addr_district"))
                .region(string(rs, "addr_region"))
                .country(rs.getString("addr_country"))
                .build());
    }

    private static ContactPoint contact(ResultSet rs) throws SQLException {
        return ContactPoint.builder()
                .email(string(rs, "email"))
                .phone(string(rs, "phone"))
                .url(uri(rs, "url"))
                .isPublic(rs.getBoolean("is_public"))
                .build();
    }

    private static <B> B owner(Map<String, B> builders, String id) {
        B b = builders.get(id);
        if (b == null) {
            throw new StoreException("a child row refers to '" + id + "', which was not read", null);
        }
        return b;
    }

    // --- organisations ---------------------------------------------------------------------------

    List<Organization> organizations(Owners owners) throws SQLException {
        List<Organization> out = new ArrayList<>();
        for (Owners o : owners.chunks()) {
            Map<String, Organization.Builder> bs = new LinkedHashMap<>();
            Sql.query(c, "SELECT * FROM konvent_organization" + o.where("id") + " ORDER BY catalog_pos, id", rs -> {
                String id = rs.getString("id");
                bs.put(id, Organization.builder()
                        .id(OrganizationId.of(id))
                        .revision(rs.getLong("revision"))
                        .name(rs.getString("name"))
                        .shortName(string(rs, "short_name"))
                        .kind(enumOf(OrganizationKind.class, rs.getString("kind"), "organization " + id))
                        .ags(string(rs, "ags"))
                        .parent(string(rs, "parent_id").map(OrganizationId::of))
                        .address(address(rs))
                        .website(uri(rs, "website")));
            }, o.params());
            Sql.query(c, "SELECT * FROM konvent_organization_contact" + o.where("organization_id")
                    + " ORDER BY organization_id, pos", rs -> owner(bs, rs.getString("organization_id"))
                    .addContact(contact(rs)), o.params());
            bs.values().forEach(b -> out.add(b.build()));
        }
        return out;
    }

    // --- people -------------------------------------------------------------------------------

    List<Person> people(Owners owners) throws SQLException {
        List<Person> out = new ArrayList<>();
        for (Owners o : owners.chunks()) {
            Map<String, Person.Builder> bs = new LinkedHashMap<>();
            Sql.query(c, "SELECT * FROM konvent_person" + o.where("id") + " ORDER BY catalog_pos, id",
                    rs -> personRow(bs, rs), o.params());
            personChildren(bs, o.where("person_id"), o.params());
            bs.values().forEach(b -> out.add(b.build()));
        }
        return out;
    }

    /**
     * The people contributing to sessions of the given events or to the events as a whole, or their
     * contact: two statements.
     */
    List<Person> peopleOf(Owners events) throws SQLException {
        String inner = "SELECT person_id FROM konvent_contribution" + events.where("event_id")
                + " UNION SELECT person_id FROM konvent_event_contribution" + events.where("event_id")
                + " UNION SELECT contact_id FROM konvent_event WHERE contact_id IS NOT NULL" + events.and("id");
        Object[] params = concat(concat(events.params(), events.params()), events.params());
        Map<String, Person.Builder> bs = new LinkedHashMap<>();
        Sql.query(c, "SELECT * FROM konvent_person WHERE id IN (" + inner + ") ORDER BY catalog_pos, id",
                rs -> personRow(bs, rs), params);
        personChildren(bs, " WHERE person_id IN (" + inner + ")", params);
        List<Person> out = new ArrayList<>();
        bs.values().forEach(b -> out.add(b.build()));
        return out;
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = new Object[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void personRow(Map<String, Person.Builder> bs, ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        bs.put(id, Person.builder()
                .id(PersonId.of(id))
                .revision(rs.getLong("revision"))
                .salutation(string(rs, "salutation"))
                .honorific(string(rs, "honorific"))
                .givenName(string(rs, "given_name"))
                .familyName(rs.getString("family_name")));
    }

    /**
     * Availability windows, affiliations and contacts of people in one statement. The windows come
     * first so that their timestamp columns type the union (a bare NULL elsewhere then needs no cast,
     * which spares a dialect-specific timestamp type name).
     */
    private void personChildren(Map<String, Person.Builder> bs, String where, Object[] params) throws SQLException {
        String sql = "SELECT person_id, 3 AS src, pos, '' AS organization_id, '' AS position_title,"
                + " CAST(NULL AS DATE) AS valid_from, CAST(NULL AS DATE) AS valid_until, CAST(NULL AS DATE) AS as_of,"
                + " '' AS email, '' AS phone, '' AS url, FALSE AS is_public, opens, closes"
                + " FROM konvent_person_availability" + where
                + " UNION ALL SELECT person_id, 1, pos, organization_id, position_title, valid_from, valid_until, as_of,"
                + " '', '', '', FALSE, NULL, NULL FROM konvent_person_affiliation" + where
                + " UNION ALL SELECT person_id, 2, pos, '', '', CAST(NULL AS DATE), CAST(NULL AS DATE),"
                + " CAST(NULL AS DATE), email, phone, url, is_public, NULL, NULL FROM konvent_person_contact" + where
                + " UNION ALL SELECT aggregate_id, 4, 0, scheme, id_value, CAST(NULL AS DATE), CAST(NULL AS DATE),"
                + " CAST(NULL AS DATE), '', '', '', FALSE, NULL, NULL FROM konvent_external_id"
                + externalWhere("person", where, "person_id")
                + " ORDER BY 1, 2, 3, 4";
        Sql.query(c, sql, rs -> {
            Person.Builder b = owner(bs, rs.getString(1));
            switch (rs.getInt(2)) {
                case 1 -> b.addAffiliation(Affiliation.builder()
                        .organization(OrganizationId.of(rs.getString("organization_id")))
                        .position(string(rs, "position_title"))
                        .validFrom(date(rs, "valid_from"))
                        .validUntil(date(rs, "valid_until"))
                        .asOf(date(rs, "as_of"))
                        .build());
                case 2 -> b.addContact(contact(rs));
                case 4 -> b.putExternalId(rs.getString("organization_id"), rs.getString("position_title"));
                default -> b.addAvailability(window(rs, "person " + rs.getString(1)));
            }
        }, concat(concat(params, params), concat(params, params)));
    }

    /**
     * The condition on konvent_external_id for one aggregate kind, from the condition on a child
     * table's owner column ("" for every owner, else " WHERE column IN (…)").
     */
    private static String externalWhere(String aggregateKind, String where, String ownerColumn) {
        String kind = " WHERE aggregate_kind = '" + aggregateKind + "'";
        return where.isEmpty() ? kind
                : where.replaceFirst("^ WHERE " + ownerColumn + " IN", java.util.regex.Matcher.quoteReplacement(kind
                        + " AND aggregate_id IN"));
    }

    private static void putExternalId(ResultSet rs, String column, java.util.function.BiConsumer<String, String> put)
            throws SQLException {
        String pair = rs.getString(column);
        int eq = pair.indexOf('=');
        put.accept(pair.substring(0, eq), pair.substring(eq + 1));
    }

    private static Availability window(ResultSet rs, String where) throws SQLException {
        return Availability.of(
                timestamp(rs, "opens").orElseThrow(() -> new StoreException(where + ": availability without opens", null)),
                timestamp(rs, "closes").orElseThrow(() -> new StoreException(where + ": availability without closes", null)));
    }

    // --- series -------------------------------------------------------------------------------

    List<EventSeries> series(Owners owners) throws SQLException {
        List<EventSeries> out = new ArrayList<>();
        for (Owners o : owners.chunks()) {
            Map<String, EventSeries.Builder> bs = new LinkedHashMap<>();
            Map<String, Cadence.Builder> cadences = new HashMap<>();
            Sql.query(c, "SELECT * FROM konvent_series" + o.where("id") + " ORDER BY catalog_pos, id", rs -> {
                String id = rs.getString("id");
                String where = "series " + id;
                bs.put(id, EventSeries.builder()
                        .id(SeriesId.of(id))
                        .revision(rs.getLong("revision"))
                        .name(rs.getString("name"))
                        .motto(string(rs, "motto"))
                        .description(string(rs, "description"))
                        .firstYear(integer(rs, "first_year"))
                        .typicalDays(integer(rs, "typical_days"))
                        .typicalAttendanceMode(string(rs, "typical_attendance_mode")
                                .map(m -> enumOf(AttendanceMode.class, m, where)))
                        .changingThemeAndPlace(rs.getBoolean("changing_theme_and_place"))
                        .website(uri(rs, "website")));
                cadences.put(id, Cadence.builder().kind(enumOf(CadenceKind.class, rs.getString("cadence_kind"), where)));
            }, o.params());
            Sql.query(c, "SELECT * FROM konvent_series_item" + o.where("series_id") + " ORDER BY series_id, item_kind, pos",
                    rs -> {
                        String id = rs.getString("series_id");
                        EventSeries.Builder b = owner(bs, id);
                        String where = "series " + id;
                        switch (rs.getString("item_kind")) {
                            case "DATE" -> cadences.get(id).addDate(rs.getObject("date_value", java.time.LocalDate.class));
                            case "PARTY" -> b.addInvolvement(Involvement.of(
                                    party(rs.getString("party_kind"), rs.getString("party_id"), where),
                                    enumOf(InvolvementRole.class, rs.getString("role_name"), where)));
                            case "MODE" -> b.addPossibleAttendanceMode(
                                    enumOf(AttendanceMode.class, rs.getString("text_value"), where));
                            case "TOPIC" -> b.addTopic(rs.getString("text_value"));
                            case "AUDIENCE" -> b.addTargetAudience(rs.getString("text_value"));
                            case "AIM" -> b.addAim(rs.getString("text_value"));
                            case "QUESTION" -> b.addGuidingQuestion(rs.getString("text_value"));
                            default -> throw new StoreException(where + ": unknown item kind '"
                                    + rs.getString("item_kind") + "' in konvent_series_item", null);
                        }
                    }, o.params());
            bs.forEach((id, b) -> out.add(b.cadence(cadences.get(id).build()).build()));
        }
        return out;
    }

    // --- venues -------------------------------------------------------------------------------

    List<Venue> venues(Owners owners) throws SQLException {
        List<Venue> out = new ArrayList<>();
        for (Owners o : owners.chunks()) {
            Map<String, Venue.Builder> bs = new LinkedHashMap<>();
            Sql.query(c, "SELECT * FROM konvent_venue" + o.where("id") + " ORDER BY catalog_pos, id", rs -> {
                String id = rs.getString("id");
                double lat = rs.getDouble("latitude");
                boolean noGeo = rs.wasNull();
                double lon = rs.getDouble("longitude");
                bs.put(id, Venue.builder()
                        .id(VenueId.of(id))
                        .revision(rs.getLong("revision"))
                        .name(rs.getString("name"))
                        .address(address(rs))
                        .geo(noGeo ? Optional.empty() : Optional.of(GeoPoint.of(lat, lon)))
                        .accessibilityNote(string(rs, "accessibility_note"))
                        .website(uri(rs, "website")));
            }, o.params());
            Map<String, Room.Builder> rooms = new LinkedHashMap<>();
            Map<String, String> roomVenue = new HashMap<>();
            Sql.query(c, "SELECT * FROM konvent_room" + o.where("venue_id") + " ORDER BY venue_id, pos", rs -> {
                String id = rs.getString("id");
                owner(bs, rs.getString("venue_id"));
                roomVenue.put(id, rs.getString("venue_id"));
                rooms.put(id, Room.builder()
                        .id(RoomId.of(id))
                        .name(rs.getString("name"))
                        .capacity(integer(rs, "capacity")));
            }, o.params());
            // Room windows (ordered by pos) and accessibility features in one statement; the windows
            // come first so that their timestamp columns type the union.
            Sql.query(c, "SELECT venue_id, room_id, 2 AS src, pos, '' AS feature, opens, closes"
                    + " FROM konvent_room_availability" + o.where("venue_id")
                    + " UNION ALL SELECT venue_id, room_id, 1, 0, feature, NULL, NULL FROM konvent_venue_accessibility"
                    + o.where("venue_id")
                    + " UNION ALL SELECT aggregate_id, owner_id, 3, 0, CONCAT(scheme, '=', id_value), NULL, NULL"
                    + " FROM konvent_external_id" + externalWhere("venue", o.where("venue_id"), "venue_id")
                    + " ORDER BY 1, 2, 3, 4, 5", rs -> {
                        String venue = rs.getString(1);
                        String room = rs.getString(2);
                        if (rs.getInt(3) == 2) {
                            owner(rooms, room).addAvailability(window(rs, "room " + room));
                            return;
                        }
                        if (rs.getInt(3) == 3) {
                            putExternalId(rs, "feature", owner(rooms, room)::putExternalId);
                            return;
                        }
                        AccessibilityFeature f =
                                enumOf(AccessibilityFeature.class, rs.getString("feature"), "venue " + venue);
                        if (room.isEmpty()) {
                            owner(bs, venue).addAccessibility(f);
                        } else {
                            owner(rooms, room).addAccessibility(f);
                        }
                    }, concat(concat(o.params(), o.params()), o.params()));
            rooms.forEach((id, r) -> bs.get(roomVenue.get(id)).addRoom(r.build()));
            bs.values().forEach(b -> out.add(b.build()));
        }
        return out;
    }

    // --- events -------------------------------------------------------------------------------

    /** Events with their whole programme: four statements per chunk of ids. */
    List<Event> events(Owners owners) throws SQLException {
        List<Event> out = new ArrayList<>();
        for (Owners o : owners.chunks()) {
            Map<String, Event.Builder> bs = new LinkedHashMap<>();
            Sql.query(c, "SELECT * FROM konvent_event" + o.where("id") + " ORDER BY catalog_pos, id",
                    rs -> bs.put(rs.getString("id"), eventRow(rs)), o.params());
            if (bs.isEmpty()) {
                continue;
            }
            Map<String, Map<String, String>> sessionIds = new HashMap<>();
            eventChildren(bs, o, sessionIds);
            Map<String, Session.Builder> sessions = new LinkedHashMap<>();
            Map<String, String> sessionEvent = new HashMap<>();
            Sql.query(c, "SELECT * FROM konvent_session" + o.where("event_id") + " ORDER BY event_id, pos", rs -> {
                String id = rs.getString("id");
                sessionEvent.put(id, rs.getString("event_id"));
                sessions.put(id, sessionRow(rs, id));
            }, o.params());
            if (!sessions.isEmpty()) {
                sessionChildren(sessions, o);
            }
            sessionIds.forEach((id, ids) -> owner(sessions, id).putAllExternalIds(ids));
            sessions.forEach((id, s) -> owner(bs, sessionEvent.get(id)).addProgramme(s.build()));
            bs.values().forEach(b -> out.add(b.build()));
        }
        return out;
    }

    private static Event.Builder eventRow(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        String where = "event " + id;
        Event.Builder b = Event.builder()
                .id(EventId.of(id))
                .revision(rs.getLong("revision"))
                .title(rs.getString("title"))
                .subtitle(string(rs, "subtitle"))
                .theme(string(rs, "theme"))
                .description(string(rs, "description"))
                .type(enumOf(EventType.class, rs.getString("event_type"), where))
                .status(enumOf(EventStatus.class, rs.getString("status"), where))
                .series(string(rs, "series_id").map(SeriesId::of))
                .editionNumber(integer(rs, "edition_number"))
                .statedYear(integer(rs, "stated_year"))
                .zone(ZoneId.of(rs.getString("zone_id")))
                .startDate(date(rs, "start_date"))
                .days(rs.getInt("days"))
                .dailyStart(time(rs, "daily_start"))
                .dailyEnd(time(rs, "daily_end"))
                .attendanceMode(enumOf(AttendanceMode.class, rs.getString("attendance_mode"), where))
                .venue(string(rs, "venue_id").map(VenueId::of))
                .fundingProgramme(string(rs, "programme_id").map(ProgrammeId::of))
                .contact(string(rs, "contact_id").map(PersonId::of))
                .website(uri(rs, "website"))
                .participantCount(integer(rs, "participant_count"))
                .language(rs.getString("lang"));
        if (rs.getBoolean("has_online")) {
            b.online(OnlineLocation.builder()
                    .joinUrl(uri(rs, "online_join_url"))
                    .platform(string(rs, "online_platform"))
                    .label(string(rs, "online_label"))
                    .build());
        }
        if (rs.getBoolean("has_registration")) {
            Registration.Builder r = Registration.builder()
                    .state(enumOf(RegistrationState.class, rs.getString("reg_state"), where))
                    .url(uri(rs, "reg_url"))
                    .opens(timestamp(rs, "reg_opens"))
                    .closes(timestamp(rs, "reg_closes"))
                    .capacity(integer(rs, "reg_capacity"))
                    .note(string(rs, "reg_note"));
            if (rs.getBoolean("has_fee")) {
                r.fee(Fee.builder()
                        .amount(new BigDecimal(rs.getString("fee_amount")))
                        .currency(rs.getString("fee_currency"))
                        .note(string(rs, "fee_note"))
                        .build());
            }
            b.registration(r.build());
        }
        return b;
    }

    /** Involvements, texts, links and blocks of events in one statement. */
    private void eventChildren(Map<String, Event.Builder> bs, Owners o, Map<String, Map<String, String>> sessionIds)
            throws SQLException {
        String w = o.where("event_id");
        String sql = "SELECT event_id, 1 AS src, pos, item_kind AS s1, text_value AS s2, '' AS s3, 0 AS n1, 0 AS n2,"
                + " CAST(NULL AS TIME) AS t1, CAST(NULL AS TIME) AS t2 FROM konvent_event_text" + w
                + " UNION ALL SELECT event_id, 2, pos, party_kind, party_id, role_name, 0, 0,"
                + " CAST(NULL AS TIME), CAST(NULL AS TIME) FROM konvent_event_involvement" + w
                + " UNION ALL SELECT event_id, 3, pos, label, url, media_type, size_bytes, 0,"
                + " CAST(NULL AS TIME), CAST(NULL AS TIME) FROM konvent_event_link" + w
                + " UNION ALL SELECT event_id, 4, pos, id, label, '', day_no, announced_session_count,"
                + " start_time, end_time FROM konvent_block" + w
                + " UNION ALL SELECT event_id, 5, pos, person_id, role_name, function_text, 0, 0,"
                + " CAST(NULL AS TIME), CAST(NULL AS TIME) FROM konvent_event_contribution" + w
                + " UNION ALL SELECT event_id, 6, contribution_pos, party_kind, party_id, '', pos, 0,"
                + " CAST(NULL AS TIME), CAST(NULL AS TIME) FROM konvent_event_contribution_party" + w
                + " UNION ALL SELECT aggregate_id, 7, 0, owner_kind, owner_id, CONCAT(scheme, '=', id_value), 0, 0,"
                + " CAST(NULL AS TIME), CAST(NULL AS TIME) FROM konvent_external_id" + externalWhere("event", w, "event_id")
                + " ORDER BY 1, 2, 3, 7, 5, 6";
        Object[] p = o.params();
        Object[] params = new Object[p.length * 7];
        for (int i = 0; i < 7; i++) {
            System.arraycopy(p, 0, params, i * p.length, p.length);
        }
        Map<String, List<Contribution.Builder>> contributions = new LinkedHashMap<>();
        Sql.query(c, sql, rs -> {
            String id = rs.getString(1);
            Event.Builder b = owner(bs, id);
            String where = "event " + id;
            switch (rs.getInt(2)) {
                case 1 -> {
                    String value = rs.getString("s2");
                    switch (rs.getString("s1")) {
                        case "AUDIENCE" -> b.addTargetAudience(value);
                        case "TOPIC" -> b.addTopic(value);
                        default -> b.addGuidingQuestion(value);
                    }
                }
                case 2 -> b.addInvolvement(Involvement.of(
                        party(rs.getString("s1"), rs.getString("s2"), where),
                        enumOf(InvolvementRole.class, rs.getString("s3"), where)));
                case 3 -> b.addLink(Link.builder()
                        .label(rs.getString("s1"))
                        .url(uri(rs, "s2"))
                        .mediaType(string(rs, "s3"))
                        .sizeBytes(Sql.bigint(rs, "n1"))
                        .build());
                case 4 -> b.addBlock(ParallelBlock.builder()
                        .id(BlockId.of(rs.getString("s1")))
                        .label(string(rs, "s2"))
                        .day(rs.getInt("n1"))
                        .announcedSessionCount(integer(rs, "n2"))
                        .start(time(rs, "t1"))
                        .end(time(rs, "t2"))
                        .build());
                case 5 -> contributions.computeIfAbsent(id, k -> new ArrayList<>()).add(Contribution.builder()
                        .person(PersonId.of(rs.getString("s1")))
                        .role(enumOf(ContributionRole.class, rs.getString("s2"), where))
                        .function(string(rs, "s3")));
                case 7 -> {
                    if ("event".equals(rs.getString("s1"))) {
                        putExternalId(rs, "s3", b::putExternalId);
                    } else {
                        putExternalId(rs, "s3", sessionIds.computeIfAbsent(rs.getString("s2"), x -> new LinkedHashMap<>())::put);
                    }
                }
                default -> {
                    int cpos = rs.getInt(3);
                    List<Contribution.Builder> cs = contributions.get(id);
                    if (cs == null || cpos < 0 || cpos >= cs.size()) {
                        throw new StoreException(where + ": a party on behalf of event-wide contribution " + cpos
                                + ", which does not exist", null);
                    }
                    cs.get(cpos).addOnBehalfOf(party(rs.getString("s1"), rs.getString("s2"), where));
                }
            }
        }, params);
        contributions.forEach((id, cs) -> cs.forEach(k -> bs.get(id).addContribution(k.build())));
    }

    private static Session.Builder sessionRow(ResultSet rs, String id) throws SQLException {
        String where = "session " + id;
        return Session.builder()
                .id(SessionId.of(id))
                .title(rs.getString("title"))
                .format(enumOf(SessionFormat.class, rs.getString("session_format"), where))
                .formatLabel(string(rs, "format_label"))
                .description(string(rs, "description"))
                .day(rs.getInt("day_no"))
                .start(time(rs, "start_time"))
                .end(time(rs, "end_time"))
                .endsNextDay(rs.getBoolean("ends_next_day"))
                .endDerived(rs.getBoolean("end_derived"))
                .room(string(rs, "room_id").map(RoomId::of))
                .block(string(rs, "block_id").map(BlockId::of))
                .parent(string(rs, "parent_id").map(SessionId::of))
                .number(integer(rs, "item_number"))
                .optional(rs.getBoolean("is_optional"))
                .sideProgramme(rs.getBoolean("side_programme"))
                .expectedAudience(integer(rs, "expected_audience"));
    }

    /** Texts, contributions and parties of the sessions of events in one statement. */
    private void sessionChildren(Map<String, Session.Builder> sessions, Owners o) throws SQLException {
        String w = o.where("event_id");
        String sql = "SELECT session_id, 1 AS src, -1 AS cpos, pos, item_kind AS s1, text_value AS s2, '' AS s3"
                + " FROM konvent_session_text" + w
                + " UNION ALL SELECT session_id, 2, pos, -1, person_id, role_name, function_text"
                + " FROM konvent_contribution" + w
                + " UNION ALL SELECT session_id, 3, contribution_pos, pos, party_kind, party_id, ''"
                + " FROM konvent_session_party" + w
                + " ORDER BY 1, 2, 3, 4";
        Object[] p = o.params();
        Object[] params = new Object[p.length * 3];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(p, 0, params, i * p.length, p.length);
        }
        Map<String, List<Contribution.Builder>> contributions = new HashMap<>();
        Sql.query(c, sql, rs -> {
            String id = rs.getString(1);
            Session.Builder b = owner(sessions, id);
            String where = "session " + id;
            switch (rs.getInt(2)) {
                case 1 -> {
                    String value = rs.getString("s2");
                    if ("TOPIC".equals(rs.getString("s1"))) {
                        b.addTopic(value);
                    } else {
                        b.addGuidingQuestion(value);
                    }
                }
                case 2 -> contributions.computeIfAbsent(id, k -> new ArrayList<>()).add(Contribution.builder()
                        .person(PersonId.of(rs.getString("s1")))
                        .role(enumOf(ContributionRole.class, rs.getString("s2"), where))
                        .function(string(rs, "s3")));
                default -> {
                    PartyId party = party(rs.getString("s1"), rs.getString("s2"), where);
                    int cpos = rs.getInt(3);
                    if (cpos < 0) {
                        b.addPresenter(party);
                    } else {
                        List<Contribution.Builder> cs = contributions.get(id);
                        if (cs == null || cpos >= cs.size()) {
                            throw new StoreException(where + ": a party on behalf of contribution " + cpos
                                    + ", which does not exist", null);
                        }
                        cs.get(cpos).addOnBehalfOf(party);
                    }
                }
            }
        }, params);
        contributions.forEach((id, cs) -> cs.forEach(k -> sessions.get(id).addContribution(k.build())));
    }

    // --- funding programmes, projects, labs, awards -------------------------------------------------

    List<FundingProgramme> programmes(Owners owners) throws SQLException {
        List<FundingProgramme> out = new ArrayList<>();
        for (Owners o : owners.chunks()) {
            Map<String, FundingProgramme.Builder> bs = new LinkedHashMap<>();
            Sql.query(c, "SELECT * FROM konvent_funding_programme" + o.where("id") + " ORDER BY catalog_pos, id",
                    rs -> {
                        String id = rs.getString("id");
                        bs.put(id, FundingProgramme.builder()
                                .id(ProgrammeId.of(id))
                                .revision(rs.getLong("revision"))
                                .name(rs.getString("name"))
                                .description(string(rs, "description"))
                                .framework(string(rs, "framework"))
                                .start(date(rs, "start_date"))
                                .end(date(rs, "end_date"))
                                .accompanyingResearch(string(rs, "accompanying_research_id").map(ProjectId::of))
                                .statedProjectCount(integer(rs, "stated_project_count"))
                                .website(uri(rs, "website")));
                    }, o.params());
            Sql.query(c, "SELECT * FROM konvent_funding_programme_item" + o.where("programme_id")
                    + " ORDER BY programme_id, item_kind, pos", rs -> {
                        FundingProgramme.Builder b = owner(bs, rs.getString("programme_id"));
                        if ("FUNDER".equals(rs.getString("item_kind"))) {
                            b.addFunder(OrganizationId.of(rs.getString("text_value")));
                        } else {
                            b.addFocuses(rs.getString("text_value"));
                        }
                    }, o.params());
            bs.values().forEach(b -> out.add(b.build()));
        }
        return out;
    }

    List<Project> projects(Owners owners) throws SQLException {
        return projects(owners, "id");
    }

    List<Project> projects(Owners owners, String column) throws SQLException {
        List<Project> out = new ArrayList<>();
        for (Owners o : owners.chunks()) {
            Map<String, Project.Builder> bs = new LinkedHashMap<>();
            Sql.query(c, "SELECT * FROM konvent_project" + o.where(column) + " ORDER BY catalog_pos, id", rs -> {
                String id = rs.getString("id");
                bs.put(id, Project.builder()
                        .id(ProjectId.of(id))
                        .revision(rs.getLong("revision"))
                        .acronym(string(rs, "acronym"))
                        .title(rs.getString("title"))
                        .kind(enumOf(ProjectKind.class, rs.getString("kind"), "project " + id))
                        .description(string(rs, "description"))
                        .programme(string(rs, "programme_id").map(ProgrammeId::of))
                        .start(date(rs, "start_date"))
                        .end(date(rs, "end_date"))
                        .website(uri(rs, "website")));
            }, o.params());
            if (bs.isEmpty()) {
                continue;
            }
            Owners ids = Owners.of(bs.keySet());
            for (Owners chunk : ids.chunks()) {
                Sql.query(c, "SELECT * FROM konvent_consortium_member" + chunk.where("project_id")
                        + " ORDER BY project_id, pos", rs -> owner(bs, rs.getString("project_id"))
                        .addConsortium(ConsortiumMember.builder()
                                .organization(OrganizationId.of(rs.getString("organization_id")))
                                .lead(rs.getBoolean("is_lead"))
                                .unit(string(rs, "unit_id").map(OrganizationId::of))
                                .role(string(rs, "role_text"))
                                .build()), chunk.params());
                Sql.query(c, "SELECT * FROM konvent_project_item" + chunk.where("project_id")
                        + " ORDER BY project_id, item_kind, pos", rs -> {
                            Project.Builder b = owner(bs, rs.getString("project_id"));
                            String v = rs.getString("text_value");
                            switch (rs.getString("item_kind")) {
                                case "PLACE" -> b.addPlace(v);
                                case "MUNICIPALITY" -> b.addMunicipality(OrganizationId.of(v));
                                case "GRANT" -> b.addGrantReference(v);
                                default -> b.addTopic(v);
                            }
                        }, chunk.params());
            }
            bs.values().forEach(b -> out.add(b.build()));
        }
        return out;
    }

    List<CoCreationLab> labs(Owners owners) throws SQLException {
        List<CoCreationLab> out = new ArrayList<>();
        for (Owners o : owners.chunks()) {
            Map<String, CoCreationLab.Builder> bs = new LinkedHashMap<>();
            Sql.query(c, "SELECT * FROM konvent_lab" + o.where("id") + " ORDER BY catalog_pos, id", rs -> {
                String id = rs.getString("id");
                bs.put(id, CoCreationLab.builder()
                        .id(LabId.of(id))
                        .revision(rs.getLong("revision"))
                        .name(rs.getString("name"))
                        .purpose(string(rs, "purpose"))
                        .hostMunicipality(string(rs, "host_municipality_id").map(OrganizationId::of))
                        .project(string(rs, "project_id").map(ProjectId::of)));
            }, o.params());
            Sql.query(c, "SELECT * FROM konvent_lab_item" + o.where("lab_id") + " ORDER BY lab_id, item_kind, pos",
                    rs -> {
                        CoCreationLab.Builder b = owner(bs, rs.getString("lab_id"));
                        String v = rs.getString("text_value");
                        switch (rs.getString("item_kind")) {
                            case "PARTNER" -> b.addPartner(OrganizationId.of(v));
                            case "EVENT" -> b.addLabSession(EventId.of(v));
                            default -> b.addTopic(v);
                        }
                    }, o.params());
            bs.values().forEach(b -> out.add(b.build()));
        }
        return out;
    }

    List<Award> awards(Owners owners) throws SQLException {
        List<Award> out = new ArrayList<>();
        for (Owners o : owners.chunks()) {
            Map<String, Award.Builder> bs = new LinkedHashMap<>();
            Sql.query(c, "SELECT * FROM konvent_award" + o.where("id") + " ORDER BY catalog_pos, id", rs -> {
                String id = rs.getString("id");
                Optional<String> byKind = string(rs, "awarded_by_kind");
                bs.put(id, Award.builder()
                        .id(AwardId.of(id))
                        .revision(rs.getLong("revision"))
                        .name(rs.getString("name"))
                        .description(string(rs, "description"))
                        .series(string(rs, "series_id").map(SeriesId::of))
                        .awardedBy(byKind.isEmpty()
                                ? Optional.empty()
                                : Optional.of(party(byKind.get(), rs.getString("awarded_by_id"), "award " + id))));
            }, o.params());
            Sql.query(c, "SELECT * FROM konvent_award_item" + o.where("award_id") + " ORDER BY award_id, item_kind, pos",
                    rs -> {
                        String id = rs.getString("award_id");
                        Award.Builder b = owner(bs, id);
                        if ("KIND".equals(rs.getString("item_kind"))) {
                            b.addEligibleKind(enumOf(OrganizationKind.class, rs.getString("text_value"), "award " + id));
                        } else {
                            b.addLaureate(Laureate.builder()
                                    .party(party(rs.getString("party_kind"), rs.getString("party_id"), "award " + id))
                                    .edition(string(rs, "edition_id").map(EventId::of))
                                    .year(integer(rs, "laureate_year"))
                                    .category(string(rs, "text_value"))
                                    .build());
                        }
                    }, o.params());
            bs.values().forEach(b -> out.add(b.build()));
        }
        return out;
    }
}
