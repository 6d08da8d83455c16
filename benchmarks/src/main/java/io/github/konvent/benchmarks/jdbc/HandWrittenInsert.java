package io.github.konvent.benchmarks.jdbc;

import io.github.konvent.Catalog;
import io.github.konvent.event.AccessibilityFeature;
import io.github.konvent.event.Address;
import io.github.konvent.event.Award;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.Laureate;
import io.github.konvent.event.Link;
import io.github.konvent.event.ParallelBlock;
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
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Organization;
import io.github.konvent.people.Person;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The baseline of the JDBC benchmark: the same rows as the store writes, inserted with plain
 * prepared statements and batches of 1,000, in one transaction, without revision checks, without
 * the generic row model and without building the returned catalog.
 */
final class HandWrittenInsert {
    private static final int BATCH = 1_000;

    private HandWrittenInsert() {}

    /** One prepared statement with a running batch. */
    private static final class Table implements AutoCloseable {
        final PreparedStatement ps;
        int pending;

        Table(Connection c, String sql) throws SQLException {
            ps = c.prepareStatement(sql);
        }

        void row() throws SQLException {
            ps.addBatch();
            if (++pending == BATCH) {
                ps.executeBatch();
                pending = 0;
            }
        }

        /** Executes the rows still pending; call it for a parent table before its children flush. */
        void flush() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            ps.close();
        }
    }

    private static void str(PreparedStatement ps, int i, Optional<?> v) throws SQLException {
        if (v.isPresent()) {
            ps.setString(i, v.get().toString());
        } else {
            ps.setNull(i, Types.VARCHAR);
        }
    }

    private static void num(PreparedStatement ps, int i, Optional<? extends Number> v) throws SQLException {
        if (v.isPresent()) {
            ps.setLong(i, v.get().longValue());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }

    private static void obj(PreparedStatement ps, int i, Optional<?> v, int type) throws SQLException {
        if (v.isPresent()) {
            ps.setObject(i, v.get());
        } else {
            ps.setNull(i, type);
        }
    }

    private static void address(PreparedStatement ps, int i, Optional<Address> a) throws SQLException {
        ps.setBoolean(i, a.isPresent());
        str(ps, i + 1, a.flatMap(Address::street));
        str(ps, i + 2, a.flatMap(Address::postalCode));
        str(ps, i + 3, a.flatMap(Address::locality));
        str(ps, i + 4, a.flatMap(Address::district));
        str(ps, i + 5, a.flatMap(Address::region));
        str(ps, i + 6, a.map(Address::country));
    }

    static void insert(DataSource ds, Catalog c) throws SQLException {
        try (Connection con = ds.getConnection()) {
            con.setAutoCommit(false);
            organizations(con, c.organizations());
            people(con, c.people());
            series(con, c.series());
            venues(con, c.venues());
            programmes(con, c.fundingProgrammes());
            projects(con, c.projects());
            events(con, c.events());
            labs(con, c.labs());
            awards(con, c.awards());
            con.commit();
        }
    }

    private static void contacts(Table t, String owner, List<ContactPoint> contacts) throws SQLException {
        for (int i = 0; i < contacts.size(); i++) {
            ContactPoint p = contacts.get(i);
            t.ps.setString(1, owner);
            t.ps.setInt(2, i);
            str(t.ps, 3, p.email());
            str(t.ps, 4, p.phone());
            str(t.ps, 5, p.url());
            t.ps.setBoolean(6, p.isPublic());
            t.row();
        }
    }

    private static void organizations(Connection con, List<Organization> list) throws SQLException {
        try (Table t = new Table(con, "INSERT INTO konvent_organization (id, catalog_pos, revision, name, short_name,"
                        + " kind, ags, parent_id, has_address, addr_street, addr_postal_code, addr_locality,"
                        + " addr_district, addr_region, addr_country, website)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Table ct = new Table(con, "INSERT INTO konvent_organization_contact (organization_id, pos, email,"
                        + " phone, url, is_public) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < list.size(); i++) {
                Organization o = list.get(i);
                t.ps.setString(1, o.id().value());
                t.ps.setLong(2, i);
                t.ps.setLong(3, o.revision() + 1);
                t.ps.setString(4, o.name());
                str(t.ps, 5, o.shortName());
                t.ps.setString(6, o.kind().name());
                str(t.ps, 7, o.ags());
                str(t.ps, 8, o.parent());
                address(t.ps, 9, o.address());
                str(t.ps, 16, o.website());
                t.row();
            }
            t.flush();
            for (Organization o : list) {
                contacts(ct, o.id().value(), o.contacts());
            }
        }
    }

    private static void people(Connection con, List<Person> list) throws SQLException {
        try (Table t = new Table(con, "INSERT INTO konvent_person (id, catalog_pos, revision, salutation, honorific,"
                        + " given_name, family_name) VALUES (?, ?, ?, ?, ?, ?, ?)");
                Table at = new Table(con, "INSERT INTO konvent_person_affiliation (person_id, pos, organization_id,"
                        + " position_title, valid_from, valid_until, as_of) VALUES (?, ?, ?, ?, ?, ?, ?)");
                Table ct = new Table(con, "INSERT INTO konvent_person_contact (person_id, pos, email, phone, url,"
                        + " is_public) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < list.size(); i++) {
                Person p = list.get(i);
                t.ps.setString(1, p.id().value());
                t.ps.setLong(2, i);
                t.ps.setLong(3, p.revision() + 1);
                str(t.ps, 4, p.salutation());
                str(t.ps, 5, p.honorific());
                str(t.ps, 6, p.givenName());
                t.ps.setString(7, p.familyName());
                t.row();
            }
            t.flush();
            for (Person p : list) {
                List<Affiliation> as = p.affiliations();
                for (int i = 0; i < as.size(); i++) {
                    Affiliation a = as.get(i);
                    at.ps.setString(1, p.id().value());
                    at.ps.setInt(2, i);
                    at.ps.setString(3, a.organization().value());
                    str(at.ps, 4, a.position());
                    obj(at.ps, 5, a.validFrom(), Types.DATE);
                    obj(at.ps, 6, a.validUntil(), Types.DATE);
                    obj(at.ps, 7, a.asOf(), Types.DATE);
                    at.row();
                }
                contacts(ct, p.id().value(), p.contacts());
            }
        }
    }

    private static void seriesItem(Table t, String id, String kind, int pos, String text, PartyId party, String role,
            LocalDate date) throws SQLException {
        t.ps.setString(1, id);
        t.ps.setString(2, kind);
        t.ps.setInt(3, pos);
        str(t.ps, 4, Optional.ofNullable(text));
        str(t.ps, 5, Optional.ofNullable(party).map(Id::kind));
        str(t.ps, 6, Optional.ofNullable(party).map(Id::value));
        str(t.ps, 7, Optional.ofNullable(role));
        obj(t.ps, 8, Optional.ofNullable(date), Types.DATE);
        t.row();
    }

    private static void series(Connection con, List<EventSeries> list) throws SQLException {
        try (Table t = new Table(con, "INSERT INTO konvent_series (id, catalog_pos, revision, name, motto,"
                        + " description, cadence_kind, first_year, typical_days, typical_attendance_mode,"
                        + " changing_theme_and_place, website) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Table it = new Table(con, "INSERT INTO konvent_series_item (series_id, item_kind, pos, text_value,"
                        + " party_kind, party_id, role_name, date_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < list.size(); i++) {
                EventSeries s = list.get(i);
                t.ps.setString(1, s.id().value());
                t.ps.setLong(2, i);
                t.ps.setLong(3, s.revision() + 1);
                t.ps.setString(4, s.name());
                str(t.ps, 5, s.motto());
                str(t.ps, 6, s.description());
                t.ps.setString(7, s.cadence().kind().name());
                num(t.ps, 8, s.firstYear());
                num(t.ps, 9, s.typicalDays());
                str(t.ps, 10, s.typicalAttendanceMode().map(Enum::name));
                t.ps.setBoolean(11, s.changingThemeAndPlace());
                str(t.ps, 12, s.website());
                t.row();
            }
            t.flush();
            for (EventSeries s : list) {
                String id = s.id().value();
                for (int i = 0; i < s.cadence().dates().size(); i++) {
                    seriesItem(it, id, "DATE", i, null, null, null, s.cadence().dates().get(i));
                }
                for (int i = 0; i < s.involvements().size(); i++) {
                    Involvement v = s.involvements().get(i);
                    seriesItem(it, id, "PARTY", i, null, v.party(), v.role().name(), null);
                }
                int m = 0;
                for (var mode : s.possibleAttendanceModes()) {
                    seriesItem(it, id, "MODE", m++, mode.name(), null, null, null);
                }
                texts(it, id, "TOPIC", s.topics());
                texts(it, id, "AUDIENCE", s.targetAudiences());
                texts(it, id, "AIM", s.aims());
                texts(it, id, "QUESTION", s.guidingQuestions());
            }
        }
    }

    private static void texts(Table it, String id, String kind, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            seriesItem(it, id, kind, i, values.get(i), null, null, null);
        }
    }

    private static void venues(Connection con, List<Venue> list) throws SQLException {
        try (Table t = new Table(con, "INSERT INTO konvent_venue (id, catalog_pos, revision, name, has_address,"
                        + " addr_street, addr_postal_code, addr_locality, addr_district, addr_region, addr_country,"
                        + " latitude, longitude, accessibility_note, website)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Table rt = new Table(con, "INSERT INTO konvent_room (id, venue_id, pos, name, capacity)"
                        + " VALUES (?, ?, ?, ?, ?)");
                Table xt = new Table(con, "INSERT INTO konvent_venue_accessibility (venue_id, room_id, feature)"
                        + " VALUES (?, ?, ?)")) {
            for (int i = 0; i < list.size(); i++) {
                Venue v = list.get(i);
                t.ps.setString(1, v.id().value());
                t.ps.setLong(2, i);
                t.ps.setLong(3, v.revision() + 1);
                t.ps.setString(4, v.name());
                address(t.ps, 5, v.address());
                obj(t.ps, 12, v.geo().map(g -> g.latitude()), Types.DOUBLE);
                obj(t.ps, 13, v.geo().map(g -> g.longitude()), Types.DOUBLE);
                str(t.ps, 14, v.accessibilityNote());
                str(t.ps, 15, v.website());
                t.row();
            }
            t.flush();
            for (Venue v : list) {
                for (AccessibilityFeature f : v.accessibility()) {
                    xt.ps.setString(1, v.id().value());
                    xt.ps.setString(2, "");
                    xt.ps.setString(3, f.name());
                    xt.row();
                }
                for (int i = 0; i < v.rooms().size(); i++) {
                    Room r = v.rooms().get(i);
                    rt.ps.setString(1, r.id().value());
                    rt.ps.setString(2, v.id().value());
                    rt.ps.setInt(3, i);
                    rt.ps.setString(4, r.name());
                    num(rt.ps, 5, r.capacity());
                    rt.row();
                    for (AccessibilityFeature f : r.accessibility()) {
                        xt.ps.setString(1, v.id().value());
                        xt.ps.setString(2, r.id().value());
                        xt.ps.setString(3, f.name());
                        xt.row();
                    }
                }
            }
        }
    }

    private static void items(Table t, String id, String kind, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            t.ps.setString(1, id);
            t.ps.setString(2, kind);
            t.ps.setInt(3, i);
            t.ps.setString(4, values.get(i));
            t.row();
        }
    }

    private static void programmes(Connection con, List<FundingProgramme> list) throws SQLException {
        try (Table t = new Table(con, "INSERT INTO konvent_funding_programme (id, catalog_pos, revision, name,"
                        + " description, framework, start_date, end_date, accompanying_research_id,"
                        + " stated_project_count, website) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Table it = new Table(con, "INSERT INTO konvent_funding_programme_item (programme_id, item_kind, pos,"
                        + " text_value) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < list.size(); i++) {
                FundingProgramme p = list.get(i);
                t.ps.setString(1, p.id().value());
                t.ps.setLong(2, i);
                t.ps.setLong(3, p.revision() + 1);
                t.ps.setString(4, p.name());
                str(t.ps, 5, p.description());
                str(t.ps, 6, p.framework());
                obj(t.ps, 7, p.start(), Types.DATE);
                obj(t.ps, 8, p.end(), Types.DATE);
                str(t.ps, 9, p.accompanyingResearch());
                num(t.ps, 10, p.statedProjectCount());
                str(t.ps, 11, p.website());
                t.row();
            }
            t.flush();
            for (FundingProgramme p : list) {
                items(it, p.id().value(), "FUNDER", p.funders().stream().map(Id::value).toList());
                items(it, p.id().value(), "FOCUS", p.focuses());
            }
        }
    }

    private static void projects(Connection con, List<Project> list) throws SQLException {
        try (Table t = new Table(con, "INSERT INTO konvent_project (id, catalog_pos, revision, acronym, title, kind,"
                        + " description, programme_id, start_date, end_date, website)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Table mt = new Table(con, "INSERT INTO konvent_consortium_member (project_id, pos, organization_id,"
                        + " is_lead, unit_id, role_text) VALUES (?, ?, ?, ?, ?, ?)");
                Table it = new Table(con, "INSERT INTO konvent_project_item (project_id, item_kind, pos, text_value)"
                        + " VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < list.size(); i++) {
                Project p = list.get(i);
                t.ps.setString(1, p.id().value());
                t.ps.setLong(2, i);
                t.ps.setLong(3, p.revision() + 1);
                str(t.ps, 4, p.acronym());
                t.ps.setString(5, p.title());
                t.ps.setString(6, p.kind().name());
                str(t.ps, 7, p.description());
                str(t.ps, 8, p.programme());
                obj(t.ps, 9, p.start(), Types.DATE);
                obj(t.ps, 10, p.end(), Types.DATE);
                str(t.ps, 11, p.website());
                t.row();
            }
            t.flush();
            for (Project p : list) {
                for (int i = 0; i < p.consortium().size(); i++) {
                    ConsortiumMember m = p.consortium().get(i);
                    mt.ps.setString(1, p.id().value());
                    mt.ps.setInt(2, i);
                    mt.ps.setString(3, m.organization().value());
                    mt.ps.setBoolean(4, m.lead());
                    str(mt.ps, 5, m.unit());
                    str(mt.ps, 6, m.role());
                    mt.row();
                }
                items(it, p.id().value(), "PLACE", p.places());
                items(it, p.id().value(), "MUNICIPALITY", p.municipalities().stream().map(Id::value).toList());
                items(it, p.id().value(), "GRANT", p.grantReferences());
                items(it, p.id().value(), "TOPIC", p.topics());
            }
        }
    }

    private static void labs(Connection con, List<CoCreationLab> list) throws SQLException {
        try (Table t = new Table(con, "INSERT INTO konvent_lab (id, catalog_pos, revision, name, purpose,"
                        + " host_municipality_id, project_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
                Table it = new Table(con, "INSERT INTO konvent_lab_item (lab_id, item_kind, pos, text_value)"
                        + " VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < list.size(); i++) {
                CoCreationLab l = list.get(i);
                t.ps.setString(1, l.id().value());
                t.ps.setLong(2, i);
                t.ps.setLong(3, l.revision() + 1);
                t.ps.setString(4, l.name());
                str(t.ps, 5, l.purpose());
                str(t.ps, 6, l.hostMunicipality());
                str(t.ps, 7, l.project());
                t.row();
            }
            t.flush();
            for (CoCreationLab l : list) {
                items(it, l.id().value(), "PARTNER", l.partners().stream().map(Id::value).toList());
                items(it, l.id().value(), "EVENT", l.labSessions().stream().map(Id::value).toList());
                items(it, l.id().value(), "TOPIC", l.topics());
            }
        }
    }

    private static void awards(Connection con, List<Award> list) throws SQLException {
        try (Table t = new Table(con, "INSERT INTO konvent_award (id, catalog_pos, revision, name, description,"
                        + " series_id, awarded_by_kind, awarded_by_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                Table it = new Table(con, "INSERT INTO konvent_award_item (award_id, item_kind, pos, text_value,"
                        + " party_kind, party_id, edition_id, laureate_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < list.size(); i++) {
                Award a = list.get(i);
                t.ps.setString(1, a.id().value());
                t.ps.setLong(2, i);
                t.ps.setLong(3, a.revision() + 1);
                t.ps.setString(4, a.name());
                str(t.ps, 5, a.description());
                str(t.ps, 6, a.series());
                str(t.ps, 7, a.awardedBy().map(Id::kind));
                str(t.ps, 8, a.awardedBy());
                t.row();
            }
            t.flush();
            for (Award a : list) {
                int k = 0;
                for (OrganizationKind kind : a.eligibleKinds()) {
                    it.ps.setString(1, a.id().value());
                    it.ps.setString(2, "KIND");
                    it.ps.setInt(3, k++);
                    it.ps.setString(4, kind.name());
                    it.ps.setNull(5, Types.VARCHAR);
                    it.ps.setNull(6, Types.VARCHAR);
                    it.ps.setNull(7, Types.VARCHAR);
                    it.ps.setNull(8, Types.INTEGER);
                    it.row();
                }
                for (int i = 0; i < a.laureates().size(); i++) {
                    Laureate l = a.laureates().get(i);
                    it.ps.setString(1, a.id().value());
                    it.ps.setString(2, "LAUREATE");
                    it.ps.setInt(3, i);
                    str(it.ps, 4, l.category());
                    it.ps.setString(5, l.party().kind());
                    it.ps.setString(6, l.party().value());
                    str(it.ps, 7, l.edition());
                    num(it.ps, 8, l.year());
                    it.row();
                }
            }
        }
    }

    private static void events(Connection con, List<Event> list) throws SQLException {
        try (Table t = new Table(con, "INSERT INTO konvent_event (id, catalog_pos, revision, title, subtitle, theme,"
                        + " description, event_type, status, series_id, edition_number, stated_year, zone_id,"
                        + " start_date, end_date, days, daily_start, daily_end, attendance_mode, venue_id, has_online,"
                        + " online_join_url, online_platform, online_label, programme_id, has_registration, reg_state,"
                        + " reg_url, reg_opens, reg_closes, has_fee, fee_amount, fee_currency, fee_note, reg_capacity,"
                        + " reg_note, contact_id, website, participant_count, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Table inv = new Table(con, "INSERT INTO konvent_event_involvement (event_id, pos, party_kind, party_id,"
                        + " role_name) VALUES (?, ?, ?, ?, ?)");
                Table txt = new Table(con, "INSERT INTO konvent_event_text (event_id, item_kind, pos, text_value)"
                        + " VALUES (?, ?, ?, ?)");
                Table lnk = new Table(con, "INSERT INTO konvent_event_link (event_id, pos, label, url, media_type,"
                        + " size_bytes) VALUES (?, ?, ?, ?, ?, ?)");
                Table blk = new Table(con, "INSERT INTO konvent_block (event_id, id, pos, label, day_no, start_time,"
                        + " end_time, announced_session_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                Table ses = new Table(con, "INSERT INTO konvent_session (id, event_id, pos, title, session_format,"
                        + " format_label, description, day_no, start_time, end_time, ends_next_day, end_derived,"
                        + " room_id, block_id, parent_id, item_number, is_optional, side_programme, expected_audience)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Table stx = new Table(con, "INSERT INTO konvent_session_text (session_id, item_kind, pos, event_id,"
                        + " text_value) VALUES (?, ?, ?, ?, ?)");
                Table con2 = new Table(con, "INSERT INTO konvent_contribution (session_id, pos, event_id, person_id,"
                        + " role_name, function_text) VALUES (?, ?, ?, ?, ?, ?)");
                Table prt = new Table(con, "INSERT INTO konvent_session_party (session_id, contribution_pos, pos,"
                        + " event_id, party_kind, party_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < list.size(); i++) {
                Event e = list.get(i);
                PreparedStatement ps = t.ps;
                ps.setString(1, e.id().value());
                ps.setLong(2, i);
                ps.setLong(3, e.revision() + 1);
                ps.setString(4, e.title());
                str(ps, 5, e.subtitle());
                str(ps, 6, e.theme());
                str(ps, 7, e.description());
                ps.setString(8, e.type().name());
                ps.setString(9, e.status().name());
                str(ps, 10, e.series());
                num(ps, 11, e.editionNumber());
                num(ps, 12, e.statedYear());
                ps.setString(13, e.zone().getId());
                obj(ps, 14, e.startDate(), Types.DATE);
                obj(ps, 15, e.endDate(), Types.DATE);
                ps.setInt(16, e.days());
                obj(ps, 17, e.dailyStart(), Types.TIME);
                obj(ps, 18, e.dailyEnd(), Types.TIME);
                ps.setString(19, e.attendanceMode().name());
                str(ps, 20, e.venue());
                ps.setBoolean(21, e.online().isPresent());
                str(ps, 22, e.online().flatMap(o -> o.joinUrl()));
                str(ps, 23, e.online().flatMap(o -> o.platform()));
                str(ps, 24, e.online().flatMap(o -> o.label()));
                str(ps, 25, e.fundingProgramme());
                var reg = e.registration();
                ps.setBoolean(26, reg.isPresent());
                str(ps, 27, reg.map(r -> r.state().name()));
                str(ps, 28, reg.flatMap(r -> r.url()));
                obj(ps, 29, reg.flatMap(r -> r.opens()), Types.TIMESTAMP);
                obj(ps, 30, reg.flatMap(r -> r.closes()), Types.TIMESTAMP);
                var fee = reg.flatMap(r -> r.fee());
                ps.setBoolean(31, fee.isPresent());
                str(ps, 32, fee.map(f -> f.amount()));
                str(ps, 33, fee.map(f -> f.currency()));
                str(ps, 34, fee.flatMap(f -> f.note()));
                num(ps, 35, reg.flatMap(r -> r.capacity()));
                str(ps, 36, reg.flatMap(r -> r.note()));
                str(ps, 37, e.contact());
                str(ps, 38, e.website());
                num(ps, 39, e.participantCount());
                ps.setString(40, e.language());
                t.row();
            }
            t.flush();
            for (Event e : list) {
                String id = e.id().value();
                for (int i = 0; i < e.involvements().size(); i++) {
                    Involvement v = e.involvements().get(i);
                    inv.ps.setString(1, id);
                    inv.ps.setInt(2, i);
                    inv.ps.setString(3, v.party().kind());
                    inv.ps.setString(4, v.party().value());
                    inv.ps.setString(5, v.role().name());
                    inv.row();
                }
                items(txt, id, "AUDIENCE", e.targetAudiences());
                items(txt, id, "TOPIC", e.topics());
                items(txt, id, "QUESTION", e.guidingQuestions());
                for (int i = 0; i < e.links().size(); i++) {
                    Link l = e.links().get(i);
                    lnk.ps.setString(1, id);
                    lnk.ps.setInt(2, i);
                    lnk.ps.setString(3, l.label());
                    str(lnk.ps, 4, l.url());
                    str(lnk.ps, 5, l.mediaType());
                    num(lnk.ps, 6, l.sizeBytes());
                    lnk.row();
                }
                for (int i = 0; i < e.blocks().size(); i++) {
                    ParallelBlock b = e.blocks().get(i);
                    blk.ps.setString(1, id);
                    blk.ps.setString(2, b.id().value());
                    blk.ps.setInt(3, i);
                    str(blk.ps, 4, b.label());
                    blk.ps.setInt(5, b.day());
                    obj(blk.ps, 6, b.start(), Types.TIME);
                    obj(blk.ps, 7, b.end(), Types.TIME);
                    num(blk.ps, 8, b.announcedSessionCount());
                    blk.row();
                }
                for (int i = 0; i < e.programme().size(); i++) {
                    Session s = e.programme().get(i);
                    String sid = s.id().value();
                    PreparedStatement ps = ses.ps;
                    ps.setString(1, sid);
                    ps.setString(2, id);
                    ps.setInt(3, i);
                    ps.setString(4, s.title());
                    ps.setString(5, s.format().name());
                    str(ps, 6, s.formatLabel());
                    str(ps, 7, s.description());
                    ps.setInt(8, s.day());
                    obj(ps, 9, s.start(), Types.TIME);
                    obj(ps, 10, s.end(), Types.TIME);
                    ps.setBoolean(11, s.endsNextDay());
                    ps.setBoolean(12, s.endDerived());
                    str(ps, 13, s.room());
                    str(ps, 14, s.block());
                    str(ps, 15, s.parent());
                    num(ps, 16, s.number());
                    ps.setBoolean(17, s.optional());
                    ps.setBoolean(18, s.sideProgramme());
                    num(ps, 19, s.expectedAudience());
                    ses.row();
                }
            }
            // Session children after all sessions, as the store does (parents first).
            ses.flush();
            for (Event e : list) {
                String id = e.id().value();
                for (Session s : e.programme()) {
                    String sid = s.id().value();
                    sessionTexts(stx, sid, id, "TOPIC", s.topics());
                    sessionTexts(stx, sid, id, "QUESTION", s.guidingQuestions());
                    for (int c = 0; c < s.contributions().size(); c++) {
                        Contribution k = s.contributions().get(c);
                        con2.ps.setString(1, sid);
                        con2.ps.setInt(2, c);
                        con2.ps.setString(3, id);
                        con2.ps.setString(4, k.person().value());
                        con2.ps.setString(5, k.role().name());
                        str(con2.ps, 6, k.function());
                        con2.row();
                        parties(prt, sid, c, id, k.onBehalfOf());
                    }
                    parties(prt, sid, -1, id, s.presenters());
                }
            }
        }
    }

    private static void sessionTexts(Table t, String sid, String id, String kind, List<String> values)
            throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            t.ps.setString(1, sid);
            t.ps.setString(2, kind);
            t.ps.setInt(3, i);
            t.ps.setString(4, id);
            t.ps.setString(5, values.get(i));
            t.row();
        }
    }

    private static void parties(Table t, String sid, int contribution, String id, List<PartyId> parties)
            throws SQLException {
        for (int i = 0; i < parties.size(); i++) {
            t.ps.setString(1, sid);
            t.ps.setInt(2, contribution);
            t.ps.setInt(3, i);
            t.ps.setString(4, id);
            t.ps.setString(5, parties.get(i).kind());
            t.ps.setString(6, parties.get(i).value());
            t.row();
        }
    }
}
