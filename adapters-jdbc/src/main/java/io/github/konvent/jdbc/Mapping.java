package io.github.konvent.jdbc;

import static io.github.konvent.jdbc.Sql.NULL_DOUBLE;
import static io.github.konvent.jdbc.Sql.NULL_INT;
import static io.github.konvent.jdbc.Sql.NULL_TEXT;
import static io.github.konvent.jdbc.Sql.bigint;
import static io.github.konvent.jdbc.Sql.date;
import static io.github.konvent.jdbc.Sql.decimal;
import static io.github.konvent.jdbc.Sql.integer;
import static io.github.konvent.jdbc.Sql.text;
import static io.github.konvent.jdbc.Sql.time;
import static io.github.konvent.jdbc.Sql.timestamp;
import static io.github.konvent.jdbc.Sql.uri;

import io.github.konvent.event.AccessibilityFeature;
import io.github.konvent.event.Address;
import io.github.konvent.event.Availability;
import io.github.konvent.event.Award;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Fee;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.Laureate;
import io.github.konvent.event.Link;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Registration;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.id.Id;
import io.github.konvent.id.PartyId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** The write side of the schema: for each aggregate kind, its root row and child rows. */
final class Mapping {
    private Mapping() {}

    static final String ADDRESS = "has_address, addr_street, addr_postal_code, addr_locality, addr_district, addr_region, addr_country";

    static String[] cols(String... groups) {
        return String.join(", ", groups).split(",\\s*");
    }

    static Object[] address(Optional<Address> address) {
        if (address.isEmpty()) {
            return new Object[] {false, NULL_TEXT, NULL_TEXT, NULL_TEXT, NULL_TEXT, NULL_TEXT, NULL_TEXT};
        }
        Address a = address.get();
        return new Object[] {
            true, text(a.street()), text(a.postalCode()), text(a.locality()), text(a.district()),
            text(a.region()), a.country()
        };
    }

    static Object[] concat(Object[]... parts) {
        int n = 0;
        for (Object[] p : parts) {
            n += p.length;
        }
        Object[] all = new Object[n];
        int at = 0;
        for (Object[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    static Object[] row(Object... values) {
        return values;
    }

    static Object partyKind(Optional<? extends Id> id) {
        return id.<Object>map(Id::kind).orElse(NULL_TEXT);
    }

    // --- organisations ---------------------------------------------------------------------------

    static final String ORG_CONTACT_SQL = "INSERT INTO konvent_organization_contact "
            + "(organization_id, pos, email, phone, url, is_public) VALUES (?, ?, ?, ?, ?, ?)";

    static final Kind<Organization> ORGANIZATION = new Kind<>(
            "organization",
            "konvent_organization",
            cols("id, catalog_pos, revision, name, short_name, kind, ags, parent_id", ADDRESS, "website"),
            o -> o.id().value(),
            Organization::revision,
            Organization::withRevision,
            (o, pos, rev) -> concat(
                    row(o.id().value(), pos, rev, o.name(), text(o.shortName()), o.kind().name(), text(o.ags()),
                            text(o.parent())),
                    address(o.address()),
                    row(uri(o.website()))),
            (b, o) -> contacts(b, ORG_CONTACT_SQL, o.id().value(), o.contacts()),
            List.<String[]>of(new String[] {"konvent_organization_contact", "organization_id"}));

    static void contacts(Sql.Batches b, String sql, String owner, List<ContactPoint> contacts) throws SQLException {
        for (int i = 0; i < contacts.size(); i++) {
            ContactPoint c = contacts.get(i);
            b.add(sql, owner, i, text(c.email()), text(c.phone()), uri(c.url()), c.isPublic());
        }
    }

    // --- external ids (V4) ---------------------------------------------------------------------

    static final String EXTERNAL_ID_SQL = "INSERT INTO konvent_external_id "
            + "(aggregate_kind, aggregate_id, owner_kind, owner_id, scheme, id_value) VALUES (?, ?, ?, ?, ?, ?)";

    /** The child-table entry that clears the external ids of one aggregate kind. */
    static String[] externalIdTable(String aggregateKind) {
        return new String[] {"konvent_external_id", "aggregate_kind = '" + aggregateKind + "' AND aggregate_id"};
    }

    static void externalIds(Sql.Batches b, String aggregateKind, String aggregateId, String ownerKind, String ownerId,
            java.util.Map<String, String> ids) throws SQLException {
        for (java.util.Map.Entry<String, String> e : ids.entrySet()) {
            b.add(EXTERNAL_ID_SQL, aggregateKind, aggregateId, ownerKind, ownerId, e.getKey(), e.getValue());
        }
    }

    // --- people -------------------------------------------------------------------------------

    static final String PERSON_CONTACT_SQL = "INSERT INTO konvent_person_contact "
            + "(person_id, pos, email, phone, url, is_public) VALUES (?, ?, ?, ?, ?, ?)";
    static final String AFFILIATION_SQL = "INSERT INTO konvent_person_affiliation "
            + "(person_id, pos, organization_id, position_title, valid_from, valid_until, as_of) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String PERSON_AVAILABILITY_SQL =
            "INSERT INTO konvent_person_availability (person_id, pos, opens, closes) VALUES (?, ?, ?, ?)";

    static final Kind<Person> PERSON = new Kind<>(
            "person",
            "konvent_person",
            cols("id, catalog_pos, revision, salutation, honorific, given_name, family_name"),
            p -> p.id().value(),
            Person::revision,
            Person::withRevision,
            (p, pos, rev) -> row(p.id().value(), pos, rev, text(p.salutation()), text(p.honorific()),
                    text(p.givenName()), p.familyName()),
            (b, p) -> {
                String id = p.id().value();
                List<Affiliation> affs = p.affiliations();
                for (int i = 0; i < affs.size(); i++) {
                    Affiliation a = affs.get(i);
                    b.add(AFFILIATION_SQL, id, i, a.organization().value(), text(a.position()), date(a.validFrom()),
                            date(a.validUntil()), date(a.asOf()));
                }
                contacts(b, PERSON_CONTACT_SQL, id, p.contacts());
                List<Availability> windows = p.availability();
                for (int i = 0; i < windows.size(); i++) {
                    b.add(PERSON_AVAILABILITY_SQL, id, i, windows.get(i).opens(), windows.get(i).closes());
                }
                externalIds(b, "person", id, "person", id, p.externalIds());
            },
            List.of(externalIdTable("person"),
                    new String[] {"konvent_person_affiliation", "person_id"},
                    new String[] {"konvent_person_contact", "person_id"},
                    new String[] {"konvent_person_availability", "person_id"}));

    // --- series -------------------------------------------------------------------------------

    static final String SERIES_ITEM_SQL = "INSERT INTO konvent_series_item "
            + "(series_id, item_kind, pos, text_value, party_kind, party_id, role_name, date_value) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    static final Kind<EventSeries> SERIES = new Kind<>(
            "series",
            "konvent_series",
            cols("id, catalog_pos, revision, name, motto, description, cadence_kind, first_year, typical_days, "
                    + "typical_attendance_mode, changing_theme_and_place, website"),
            s -> s.id().value(),
            EventSeries::revision,
            EventSeries::withRevision,
            (s, pos, rev) -> row(s.id().value(), pos, rev, s.name(), text(s.motto()), text(s.description()),
                    s.cadence().kind().name(), integer(s.firstYear()), integer(s.typicalDays()),
                    text(s.typicalAttendanceMode().map(Enum::name)), s.changingThemeAndPlace(), uri(s.website())),
            (b, s) -> {
                String id = s.id().value();
                List<LocalDate> dates = s.cadence().dates();
                for (int i = 0; i < dates.size(); i++) {
                    b.add(SERIES_ITEM_SQL, id, "DATE", i, NULL_TEXT, NULL_TEXT, NULL_TEXT, NULL_TEXT, dates.get(i));
                }
                List<Involvement> inv = s.involvements();
                for (int i = 0; i < inv.size(); i++) {
                    b.add(SERIES_ITEM_SQL, id, "PARTY", i, NULL_TEXT, inv.get(i).party().kind(),
                            inv.get(i).party().value(), inv.get(i).role().name(), Sql.NULL_DATE);
                }
                int m = 0;
                for (String mode : new TreeSet<>(s.possibleAttendanceModes().stream().map(Enum::name).toList())) {
                    b.add(SERIES_ITEM_SQL, id, "MODE", m++, mode, NULL_TEXT, NULL_TEXT, NULL_TEXT, Sql.NULL_DATE);
                }
                seriesTexts(b, id, "TOPIC", s.topics());
                seriesTexts(b, id, "AUDIENCE", s.targetAudiences());
                seriesTexts(b, id, "AIM", s.aims());
                seriesTexts(b, id, "QUESTION", s.guidingQuestions());
            },
            List.<String[]>of(new String[] {"konvent_series_item", "series_id"}));

    private static void seriesTexts(Sql.Batches b, String id, String kind, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            b.add(SERIES_ITEM_SQL, id, kind, i, values.get(i), NULL_TEXT, NULL_TEXT, NULL_TEXT, Sql.NULL_DATE);
        }
    }

    // --- venues -------------------------------------------------------------------------------

    static final String ROOM_SQL = "INSERT INTO konvent_room (id, venue_id, pos, name, capacity) VALUES (?, ?, ?, ?, ?)";
    static final String ACCESS_SQL =
            "INSERT INTO konvent_venue_accessibility (venue_id, room_id, feature) VALUES (?, ?, ?)";
    static final String ROOM_AVAILABILITY_SQL = "INSERT INTO konvent_room_availability "
            + "(venue_id, room_id, pos, opens, closes) VALUES (?, ?, ?, ?, ?)";

    static final Kind<Venue> VENUE = new Kind<>(
            "venue",
            "konvent_venue",
            cols("id, catalog_pos, revision, name", ADDRESS,
                    "latitude, longitude, accessibility_note, website"),
            v -> v.id().value(),
            Venue::revision,
            Venue::withRevision,
            (v, pos, rev) -> concat(
                    row(v.id().value(), pos, rev, v.name()),
                    address(v.address()),
                    row(v.geo().<Object>map(g -> g.latitude()).orElse(NULL_DOUBLE),
                            v.geo().<Object>map(g -> g.longitude()).orElse(NULL_DOUBLE),
                            text(v.accessibilityNote()), uri(v.website()))),
            (b, v) -> {
                String id = v.id().value();
                for (AccessibilityFeature f : v.accessibility()) {
                    b.add(ACCESS_SQL, id, "", f.name());
                }
                List<Room> rooms = v.rooms();
                for (int i = 0; i < rooms.size(); i++) {
                    Room r = rooms.get(i);
                    b.add(ROOM_SQL, r.id().value(), id, i, r.name(), integer(r.capacity()));
                    for (AccessibilityFeature f : r.accessibility()) {
                        b.add(ACCESS_SQL, id, r.id().value(), f.name());
                    }
                    List<Availability> windows = r.availability();
                    for (int w = 0; w < windows.size(); w++) {
                        b.add(ROOM_AVAILABILITY_SQL, id, r.id().value(), w, windows.get(w).opens(),
                                windows.get(w).closes());
                    }
                    externalIds(b, "venue", id, "room", r.id().value(), r.externalIds());
                }
            },
            List.of(externalIdTable("venue"),
                    new String[] {"konvent_venue_accessibility", "venue_id"},
                    new String[] {"konvent_room_availability", "venue_id"},
                    new String[] {"konvent_room", "venue_id"}));

    // --- events -------------------------------------------------------------------------------

    static final String INVOLVEMENT_SQL = "INSERT INTO konvent_event_involvement "
            + "(event_id, pos, party_kind, party_id, role_name) VALUES (?, ?, ?, ?, ?)";
    static final String EVENT_TEXT_SQL =
            "INSERT INTO konvent_event_text (event_id, item_kind, pos, text_value) VALUES (?, ?, ?, ?)";
    static final String LINK_SQL = "INSERT INTO konvent_event_link "
            + "(event_id, pos, label, url, media_type, size_bytes) VALUES (?, ?, ?, ?, ?, ?)";
    static final String BLOCK_SQL = "INSERT INTO konvent_block "
            + "(event_id, id, pos, label, day_no, start_time, end_time, announced_session_count) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String SESSION_SQL = "INSERT INTO konvent_session "
            + "(id, event_id, pos, title, session_format, format_label, description, day_no, start_time, end_time, "
            + "ends_next_day, end_derived, room_id, block_id, parent_id, item_number, is_optional, side_programme, "
            + "expected_audience) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String SESSION_TEXT_SQL = "INSERT INTO konvent_session_text "
            + "(session_id, item_kind, pos, event_id, text_value) VALUES (?, ?, ?, ?, ?)";
    static final String CONTRIBUTION_SQL = "INSERT INTO konvent_contribution "
            + "(session_id, pos, event_id, person_id, role_name, function_text) VALUES (?, ?, ?, ?, ?, ?)";
    static final String SESSION_PARTY_SQL = "INSERT INTO konvent_session_party "
            + "(session_id, contribution_pos, pos, event_id, party_kind, party_id) VALUES (?, ?, ?, ?, ?, ?)";
    static final String EVENT_CONTRIBUTION_SQL = "INSERT INTO konvent_event_contribution "
            + "(event_id, pos, person_id, role_name, function_text) VALUES (?, ?, ?, ?, ?)";
    static final String EVENT_CONTRIBUTION_PARTY_SQL = "INSERT INTO konvent_event_contribution_party "
            + "(event_id, contribution_pos, pos, party_kind, party_id) VALUES (?, ?, ?, ?, ?)";

    static final Kind<Event> EVENT = new Kind<>(
            "event",
            "konvent_event",
            cols("id, catalog_pos, revision, title, subtitle, theme, description, event_type, status, series_id, "
                    + "edition_number, stated_year, zone_id, start_date, end_date, days, daily_start, daily_end, "
                    + "attendance_mode, venue_id, has_online, online_join_url, online_platform, online_label, "
                    + "programme_id, has_registration, reg_state, reg_url, reg_opens, reg_closes, has_fee, fee_amount, "
                    + "fee_currency, fee_note, reg_capacity, reg_note, contact_id, website, participant_count, lang"),
            e -> e.id().value(),
            Event::revision,
            Event::withRevision,
            Mapping::eventRow,
            Mapping::eventChildren,
            List.of(
                    externalIdTable("event"),
                    new String[] {"konvent_event_contribution_party", "event_id"},
                    new String[] {"konvent_event_contribution", "event_id"},
                    new String[] {"konvent_session_party", "event_id"},
                    new String[] {"konvent_contribution", "event_id"},
                    new String[] {"konvent_session_text", "event_id"},
                    new String[] {"konvent_session", "event_id"},
                    new String[] {"konvent_block", "event_id"},
                    new String[] {"konvent_event_link", "event_id"},
                    new String[] {"konvent_event_text", "event_id"},
                    new String[] {"konvent_event_involvement", "event_id"}));

    private static Object[] eventRow(Event e, long pos, long rev) {
        Optional<OnlineLocation> online = e.online();
        Optional<Registration> reg = e.registration();
        Optional<Fee> fee = reg.flatMap(Registration::fee);
        return row(
                e.id().value(), pos, rev, e.title(), text(e.subtitle()), text(e.theme()), text(e.description()),
                e.type().name(), e.status().name(), text(e.series()), integer(e.editionNumber()),
                integer(e.statedYear()), e.zone().getId(), date(e.startDate()), date(e.endDate()), e.days(),
                time(e.dailyStart()), time(e.dailyEnd()), e.attendanceMode().name(), text(e.venue()),
                online.isPresent(), uri(online.flatMap(OnlineLocation::joinUrl)),
                text(online.flatMap(OnlineLocation::platform)), text(online.flatMap(OnlineLocation::label)),
                text(e.fundingProgramme()), reg.isPresent(), text(reg.map(r -> r.state().name())),
                uri(reg.flatMap(Registration::url)), timestamp(reg.flatMap(Registration::opens)),
                timestamp(reg.flatMap(Registration::closes)), fee.isPresent(), decimal(fee.map(Fee::amount)),
                text(fee.map(Fee::currency)), text(fee.flatMap(Fee::note)),
                integer(reg.flatMap(Registration::capacity)), text(reg.flatMap(Registration::note)),
                text(e.contact()), uri(e.website()), integer(e.participantCount()), e.language());
    }

    private static void eventChildren(Sql.Batches b, Event e) throws SQLException {
        String id = e.id().value();
        externalIds(b, "event", id, "event", id, e.externalIds());
        List<Involvement> inv = e.involvements();
        for (int i = 0; i < inv.size(); i++) {
            b.add(INVOLVEMENT_SQL, id, i, inv.get(i).party().kind(), inv.get(i).party().value(),
                    inv.get(i).role().name());
        }
        eventTexts(b, id, "AUDIENCE", e.targetAudiences());
        eventTexts(b, id, "TOPIC", e.topics());
        eventTexts(b, id, "QUESTION", e.guidingQuestions());
        List<Link> links = e.links();
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            b.add(LINK_SQL, id, i, l.label(), uri(l.url()), text(l.mediaType()), bigint(l.sizeBytes()));
        }
        List<ParallelBlock> blocks = e.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            ParallelBlock k = blocks.get(i);
            b.add(BLOCK_SQL, id, k.id().value(), i, text(k.label()), k.day(), time(k.start()), time(k.end()),
                    integer(k.announcedSessionCount()));
        }
        List<Contribution> contributions = e.contributions();
        for (int c = 0; c < contributions.size(); c++) {
            Contribution k = contributions.get(c);
            b.add(EVENT_CONTRIBUTION_SQL, id, c, k.person().value(), k.role().name(), text(k.function()));
            List<PartyId> behalf = k.onBehalfOf();
            for (int i = 0; i < behalf.size(); i++) {
                b.add(EVENT_CONTRIBUTION_PARTY_SQL, id, c, i, behalf.get(i).kind(), behalf.get(i).value());
            }
        }
        List<Session> programme = e.programme();
        for (int i = 0; i < programme.size(); i++) {
            Session s = programme.get(i);
            String sid = s.id().value();
            externalIds(b, "event", id, "session", sid, s.externalIds());
            b.add(SESSION_SQL, sid, id, i, s.title(), s.format().name(), text(s.formatLabel()),
                    text(s.description()), s.day(), time(s.start()), time(s.end()), s.endsNextDay(), s.endDerived(),
                    text(s.room()), text(s.block()), text(s.parent()), integer(s.number()), s.optional(),
                    s.sideProgramme(), integer(s.expectedAudience()));
            sessionTexts(b, sid, id, "TOPIC", s.topics());
            sessionTexts(b, sid, id, "QUESTION", s.guidingQuestions());
            List<Contribution> cs = s.contributions();
            for (int c = 0; c < cs.size(); c++) {
                Contribution k = cs.get(c);
                b.add(CONTRIBUTION_SQL, sid, c, id, k.person().value(), k.role().name(), text(k.function()));
                parties(b, sid, c, id, k.onBehalfOf());
            }
            parties(b, sid, -1, id, s.presenters());
        }
    }

    private static void parties(Sql.Batches b, String sid, int contribution, String event, List<PartyId> parties)
            throws SQLException {
        for (int i = 0; i < parties.size(); i++) {
            b.add(SESSION_PARTY_SQL, sid, contribution, i, event, parties.get(i).kind(), parties.get(i).value());
        }
    }

    private static void eventTexts(Sql.Batches b, String id, String kind, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            b.add(EVENT_TEXT_SQL, id, kind, i, values.get(i));
        }
    }

    private static void sessionTexts(Sql.Batches b, String sid, String id, String kind, List<String> values)
            throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            b.add(SESSION_TEXT_SQL, sid, kind, i, id, values.get(i));
        }
    }

    // --- funding programmes ------------------------------------------------------------------------

    static final String PROGRAMME_ITEM_SQL = "INSERT INTO konvent_funding_programme_item "
            + "(programme_id, item_kind, pos, text_value) VALUES (?, ?, ?, ?)";

    static final Kind<FundingProgramme> PROGRAMME = new Kind<>(
            "funding programme",
            "konvent_funding_programme",
            cols("id, catalog_pos, revision, name, description, framework, start_date, end_date, "
                    + "accompanying_research_id, stated_project_count, website"),
            p -> p.id().value(),
            FundingProgramme::revision,
            FundingProgramme::withRevision,
            (p, pos, rev) -> row(p.id().value(), pos, rev, p.name(), text(p.description()), text(p.framework()),
                    date(p.start()), date(p.end()), text(p.accompanyingResearch()), integer(p.statedProjectCount()),
                    uri(p.website())),
            (b, p) -> {
                String id = p.id().value();
                items(b, PROGRAMME_ITEM_SQL, id, "FUNDER", p.funders().stream().map(Id::value).toList());
                items(b, PROGRAMME_ITEM_SQL, id, "FOCUS", p.focuses());
            },
            List.<String[]>of(new String[] {"konvent_funding_programme_item", "programme_id"}));

    static void items(Sql.Batches b, String sql, String owner, String kind, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            b.add(sql, owner, kind, i, values.get(i));
        }
    }

    // --- projects -------------------------------------------------------------------------------

    static final String MEMBER_SQL = "INSERT INTO konvent_consortium_member "
            + "(project_id, pos, organization_id, is_lead, unit_id, role_text) VALUES (?, ?, ?, ?, ?, ?)";
    static final String PROJECT_ITEM_SQL = "INSERT INTO konvent_project_item "
            + "(project_id, item_kind, pos, text_value) VALUES (?, ?, ?, ?)";

    static final Kind<Project> PROJECT = new Kind<>(
            "project",
            "konvent_project",
            cols("id, catalog_pos, revision, acronym, title, kind, description, programme_id, start_date, end_date, "
                    + "website"),
            p -> p.id().value(),
            Project::revision,
            Project::withRevision,
            (p, pos, rev) -> row(p.id().value(), pos, rev, text(p.acronym()), p.title(), p.kind().name(),
                    text(p.description()), text(p.programme()), date(p.start()), date(p.end()), uri(p.website())),
            (b, p) -> {
                String id = p.id().value();
                List<ConsortiumMember> ms = p.consortium();
                for (int i = 0; i < ms.size(); i++) {
                    ConsortiumMember m = ms.get(i);
                    b.add(MEMBER_SQL, id, i, m.organization().value(), m.lead(), text(m.unit()), text(m.role()));
                }
                items(b, PROJECT_ITEM_SQL, id, "PLACE", p.places());
                items(b, PROJECT_ITEM_SQL, id, "MUNICIPALITY", p.municipalities().stream().map(Id::value).toList());
                items(b, PROJECT_ITEM_SQL, id, "GRANT", p.grantReferences());
                items(b, PROJECT_ITEM_SQL, id, "TOPIC", p.topics());
            },
            List.of(new String[] {"konvent_consortium_member", "project_id"},
                    new String[] {"konvent_project_item", "project_id"}));

    // --- labs -------------------------------------------------------------------------------

    static final String LAB_ITEM_SQL =
            "INSERT INTO konvent_lab_item (lab_id, item_kind, pos, text_value) VALUES (?, ?, ?, ?)";

    static final Kind<CoCreationLab> LAB = new Kind<>(
            "lab",
            "konvent_lab",
            cols("id, catalog_pos, revision, name, purpose, host_municipality_id, project_id"),
            l -> l.id().value(),
            CoCreationLab::revision,
            CoCreationLab::withRevision,
            (l, pos, rev) -> row(l.id().value(), pos, rev, l.name(), text(l.purpose()), text(l.hostMunicipality()),
                    text(l.project())),
            (b, l) -> {
                String id = l.id().value();
                items(b, LAB_ITEM_SQL, id, "PARTNER", l.partners().stream().map(Id::value).toList());
                items(b, LAB_ITEM_SQL, id, "EVENT", l.labSessions().stream().map(Id::value).toList());
                items(b, LAB_ITEM_SQL, id, "TOPIC", l.topics());
            },
            List.<String[]>of(new String[] {"konvent_lab_item", "lab_id"}));

    // --- awards -------------------------------------------------------------------------------

    static final String AWARD_ITEM_SQL = "INSERT INTO konvent_award_item "
            + "(award_id, item_kind, pos, text_value, party_kind, party_id, edition_id, laureate_year) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    static final Kind<Award> AWARD = new Kind<>(
            "award",
            "konvent_award",
            cols("id, catalog_pos, revision, name, description, series_id, awarded_by_kind, awarded_by_id"),
            a -> a.id().value(),
            Award::revision,
            Award::withRevision,
            (a, pos, rev) -> row(a.id().value(), pos, rev, a.name(), text(a.description()), text(a.series()),
                    partyKind(a.awardedBy()), text(a.awardedBy())),
            (b, a) -> {
                String id = a.id().value();
                int k = 0;
                for (String kind : new TreeSet<>(a.eligibleKinds().stream().map(OrganizationKind::name).toList())) {
                    b.add(AWARD_ITEM_SQL, id, "KIND", k++, kind, NULL_TEXT, NULL_TEXT, NULL_TEXT, NULL_INT);
                }
                List<Laureate> ls = a.laureates();
                for (int i = 0; i < ls.size(); i++) {
                    Laureate l = ls.get(i);
                    b.add(AWARD_ITEM_SQL, id, "LAUREATE", i, text(l.category()), l.party().kind(), l.party().value(),
                            text(l.edition()), integer(l.year()));
                }
            },
            List.<String[]>of(new String[] {"konvent_award_item", "award_id"}));
}
