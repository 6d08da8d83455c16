package io.github.konvent.json;

import io.github.konvent.event.Address;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Availability;
import io.github.konvent.event.Award;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.Fee;
import io.github.konvent.event.GeoPoint;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.Laureate;
import io.github.konvent.event.Link;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Registration;
import io.github.konvent.event.RegistrationState;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.funding.ProjectKind;
import io.github.konvent.id.Id;
import io.github.konvent.id.PartyId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Organization;
import io.github.konvent.people.Person;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the model types in the Konvent JSON format. Absent optional values, empty lists and
 * default values are left out; sets are written sorted; everything else keeps the model's order.
 */
final class ModelWriter {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final JsonGenerator g;
    private final boolean publicOnly;

    ModelWriter(JsonGenerator g, boolean publicOnly) {
        this.g = g;
        this.publicOnly = publicOnly;
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void str(String name, Optional<?> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().toString());
        }
    }

    private void str(String name, String value) {
        g.writeStringProperty(name, value);
    }

    private void id(String name, Id id) {
        g.writeStringProperty(name, id.value());
    }

    private void id(String name, Optional<? extends Id> id) {
        if (id.isPresent()) {
            g.writeStringProperty(name, id.get().value());
        }
    }

    static String party(PartyId p) {
        return p.kind() + ":" + p.value();
    }

    private void num(String name, Optional<Integer> value) {
        if (value.isPresent()) {
            g.writeNumberProperty(name, value.get().intValue());
        }
    }

    private void revision(long revision) {
        if (revision != 0) {
            g.writeNumberProperty("revision", revision);
        }
    }

    private void flag(String name, boolean value) {
        if (value) {
            g.writeBooleanProperty(name, true);
        }
    }

    private void time(String name, Optional<LocalTime> t) {
        if (t.isPresent()) {
            g.writeStringProperty(name, t.get().toString());
        }
    }

    private void texts(String name, List<String> values) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

    private void ids(String name, List<? extends Id> values) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (Id v : values) {
                g.writeString(v.value());
            }
            g.writeEndArray();
        }
    }

    private void parties(String name, List<PartyId> values) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (PartyId v : values) {
                g.writeString(party(v));
            }
            g.writeEndArray();
        }
    }

    private void enums(String name, Collection<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            values.stream().map(Enum::name).sorted().forEach(g::writeString);
            g.writeEndArray();
        }
    }

    <T> void array(String name, List<T> values, Consumer<T> write) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (T v : values) {
                write.accept(v);
            }
            g.writeEndArray();
        }
    }

    // ---- people ------------------------------------------------------------------------------

    void organization(Organization o) {
        g.writeStartObject();
        id("id", o.id());
        str("name", o.name());
        str("shortName", o.shortName());
        str("kind", o.kind().name());
        str("ags", o.ags());
        id("parent", o.parent());
        if (o.address().isPresent()) {
            g.writeName("address");
            address(o.address().get());
        }
        str("website", o.website());
        array("contacts", contacts(o.contacts()), this::contact);
        revision(o.revision());
        g.writeEndObject();
    }

    private List<ContactPoint> contacts(List<ContactPoint> all) {
        return publicOnly ? all.stream().filter(ContactPoint::isPublic).toList() : all;
    }

    void contact(ContactPoint c) {
        g.writeStartObject();
        str("email", c.email());
        str("phone", c.phone());
        str("url", c.url());
        flag("public", c.isPublic());
        g.writeEndObject();
    }

    void address(Address a) {
        g.writeStartObject();
        str("street", a.street());
        str("postalCode", a.postalCode());
        str("locality", a.locality());
        str("district", a.district());
        str("region", a.region());
        if (!"DE".equals(a.country())) {
            str("country", a.country());
        }
        g.writeEndObject();
    }

    void person(Person p) {
        g.writeStartObject();
        id("id", p.id());
        str("salutation", p.salutation());
        str("honorific", p.honorific());
        str("givenName", p.givenName());
        str("familyName", p.familyName());
        array("affiliations", p.affiliations(), this::affiliation);
        array("contacts", contacts(p.contacts()), this::contact);
        array("availability", p.availability(), this::availability);
        externalIds(p.externalIds());
        revision(p.revision());
        g.writeEndObject();
    }

    /** Identifiers other systems gave an entity, by scheme; left out when there are none. */
    void externalIds(java.util.Map<String, String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        g.writeName("externalIds");
        g.writeStartObject();
        ids.forEach(g::writeStringProperty);
        g.writeEndObject();
    }

    void affiliation(Affiliation a) {
        g.writeStartObject();
        id("organization", a.organization());
        str("position", a.position());
        str("validFrom", a.validFrom());
        str("validUntil", a.validUntil());
        str("asOf", a.asOf());
        g.writeEndObject();
    }

    void contribution(Contribution c) {
        g.writeStartObject();
        id("person", c.person());
        str("role", c.role().name());
        parties("onBehalfOf", c.onBehalfOf());
        str("function", c.function());
        g.writeEndObject();
    }

    // ---- events ------------------------------------------------------------------------------

    void series(EventSeries s) {
        g.writeStartObject();
        id("id", s.id());
        str("name", s.name());
        str("motto", s.motto());
        str("description", s.description());
        g.writeName("cadence");
        cadence(s.cadence());
        num("firstYear", s.firstYear());
        array("involvements", s.involvements(), this::involvement);
        num("typicalDays", s.typicalDays());
        str("typicalAttendanceMode", s.typicalAttendanceMode().map(AttendanceMode::name));
        enums("possibleAttendanceModes", s.possibleAttendanceModes());
        flag("changingThemeAndPlace", s.changingThemeAndPlace());
        texts("topics", s.topics());
        texts("targetAudiences", s.targetAudiences());
        texts("aims", s.aims());
        texts("guidingQuestions", s.guidingQuestions());
        str("website", s.website());
        revision(s.revision());
        g.writeEndObject();
    }

    void cadence(Cadence c) {
        g.writeStartObject();
        str("kind", c.kind().name());
        if (!c.dates().isEmpty()) {
            g.writeName("dates");
            g.writeStartArray();
            c.dates().forEach(d -> g.writeString(d.toString()));
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    void involvement(Involvement i) {
        g.writeStartObject();
        str("party", party(i.party()));
        str("role", i.role().name());
        g.writeEndObject();
    }

    void venue(Venue v) {
        g.writeStartObject();
        id("id", v.id());
        str("name", v.name());
        if (v.address().isPresent()) {
            g.writeName("address");
            address(v.address().get());
        }
        if (v.geo().isPresent()) {
            GeoPoint p = v.geo().get();
            g.writeName("geo");
            g.writeStartObject();
            g.writeNumberProperty("latitude", p.latitude());
            g.writeNumberProperty("longitude", p.longitude());
            g.writeEndObject();
        }
        array("rooms", v.rooms(), this::room);
        enums("accessibility", v.accessibility());
        str("accessibilityNote", v.accessibilityNote());
        str("website", v.website());
        revision(v.revision());
        g.writeEndObject();
    }

    void room(Room r) {
        g.writeStartObject();
        id("id", r.id());
        str("name", r.name());
        num("capacity", r.capacity());
        enums("accessibility", r.accessibility());
        array("availability", r.availability(), this::availability);
        externalIds(r.externalIds());
        g.writeEndObject();
    }

    void availability(Availability a) {
        g.writeStartObject();
        str("opens", a.opens().toString());
        str("closes", a.closes().toString());
        g.writeEndObject();
    }

    void event(Event e) {
        g.writeStartObject();
        id("id", e.id());
        str("title", e.title());
        str("subtitle", e.subtitle());
        str("theme", e.theme());
        str("description", e.description());
        if (e.type() != EventType.CONFERENCE) {
            str("type", e.type().name());
        }
        if (e.status() != EventStatus.ANNOUNCED) {
            str("status", e.status().name());
        }
        id("series", e.series());
        num("editionNumber", e.editionNumber());
        num("statedYear", e.statedYear());
        if (!BERLIN.equals(e.zone())) {
            str("zone", e.zone().getId());
        }
        str("startDate", e.startDate());
        if (e.days() != 1) {
            g.writeNumberProperty("days", e.days());
        }
        time("dailyStart", e.dailyStart());
        time("dailyEnd", e.dailyEnd());
        if (e.attendanceMode() != AttendanceMode.IN_PERSON) {
            str("attendanceMode", e.attendanceMode().name());
        }
        id("venue", e.venue());
        if (e.online().isPresent()) {
            OnlineLocation o = e.online().get();
            g.writeName("online");
            g.writeStartObject();
            str("joinUrl", o.joinUrl());
            str("platform", o.platform());
            str("label", o.label());
            g.writeEndObject();
        }
        array("involvements", e.involvements(), this::involvement);
        array("contributions", e.contributions(), this::contribution);
        id("fundingProgramme", e.fundingProgramme());
        array("programme", e.programme(), this::session);
        array("blocks", e.blocks(), this::block);
        texts("targetAudiences", e.targetAudiences());
        texts("topics", e.topics());
        texts("guidingQuestions", e.guidingQuestions());
        if (e.registration().isPresent()) {
            g.writeName("registration");
            registration(e.registration().get());
        }
        id("contact", e.contact());
        str("website", e.website());
        array("links", e.links(), this::link);
        num("participantCount", e.participantCount());
        if (!"de".equals(e.language())) {
            str("language", e.language());
        }
        externalIds(e.externalIds());
        revision(e.revision());
        g.writeEndObject();
    }

    void session(Session s) {
        g.writeStartObject();
        id("id", s.id());
        str("title", s.title());
        str("format", s.format().name());
        str("formatLabel", s.formatLabel());
        str("description", s.description());
        if (s.day() != 1) {
            g.writeNumberProperty("day", s.day());
        }
        time("start", s.start());
        time("end", s.end());
        flag("endsNextDay", s.endsNextDay());
        flag("endDerived", s.endDerived());
        id("room", s.room());
        id("block", s.block());
        id("parent", s.parent());
        num("number", s.number());
        flag("optional", s.optional());
        flag("sideProgramme", s.sideProgramme());
        texts("guidingQuestions", s.guidingQuestions());
        texts("topics", s.topics());
        array("contributions", s.contributions(), this::contribution);
        parties("presenters", s.presenters());
        num("expectedAudience", s.expectedAudience());
        str("plannedDuration", s.plannedDuration());
        flag("pinned", s.pinned());
        array("preferredTimes", s.preferredTimes(), this::availability);
        externalIds(s.externalIds());
        g.writeEndObject();
    }

    void block(ParallelBlock b) {
        g.writeStartObject();
        id("id", b.id());
        str("label", b.label());
        if (b.day() != 1) {
            g.writeNumberProperty("day", b.day());
        }
        time("start", b.start());
        time("end", b.end());
        num("announcedSessionCount", b.announcedSessionCount());
        g.writeEndObject();
    }

    void registration(Registration r) {
        g.writeStartObject();
        if (r.state() != RegistrationState.UNKNOWN) {
            str("state", r.state().name());
        }
        str("url", r.url());
        str("opens", r.opens());
        str("closes", r.closes());
        if (r.fee().isPresent()) {
            Fee f = r.fee().get();
            g.writeName("fee");
            g.writeStartObject();
            g.writeNumberProperty("amount", f.amount());
            if (!"EUR".equals(f.currency())) {
                str("currency", f.currency());
            }
            str("note", f.note());
            g.writeEndObject();
        }
        num("capacity", r.capacity());
        str("note", r.note());
        g.writeEndObject();
    }

    void link(Link l) {
        g.writeStartObject();
        str("label", l.label());
        str("url", l.url());
        str("mediaType", l.mediaType());
        if (l.sizeBytes().isPresent()) {
            g.writeNumberProperty("sizeBytes", l.sizeBytes().get().longValue());
        }
        g.writeEndObject();
    }

    void award(Award a) {
        g.writeStartObject();
        id("id", a.id());
        str("name", a.name());
        str("description", a.description());
        id("series", a.series());
        str("awardedBy", a.awardedBy().map(ModelWriter::party));
        enums("eligibleKinds", a.eligibleKinds());
        array("laureates", a.laureates(), this::laureate);
        revision(a.revision());
        g.writeEndObject();
    }

    void laureate(Laureate l) {
        g.writeStartObject();
        str("party", party(l.party()));
        id("edition", l.edition());
        num("year", l.year());
        str("category", l.category());
        g.writeEndObject();
    }

    // ---- funding -----------------------------------------------------------------------------

    void fundingProgramme(FundingProgramme f) {
        g.writeStartObject();
        id("id", f.id());
        str("name", f.name());
        str("description", f.description());
        ids("funders", f.funders());
        str("framework", f.framework());
        str("start", f.start());
        str("end", f.end());
        texts("focuses", f.focuses());
        id("accompanyingResearch", f.accompanyingResearch());
        num("statedProjectCount", f.statedProjectCount());
        str("website", f.website());
        revision(f.revision());
        g.writeEndObject();
    }

    void project(Project p) {
        g.writeStartObject();
        id("id", p.id());
        str("acronym", p.acronym());
        str("title", p.title());
        if (p.kind() != ProjectKind.JOINT_PROJECT) {
            str("kind", p.kind().name());
        }
        str("description", p.description());
        id("programme", p.programme());
        array("consortium", p.consortium(), this::member);
        texts("places", p.places());
        ids("municipalities", p.municipalities());
        str("start", p.start());
        str("end", p.end());
        texts("grantReferences", p.grantReferences());
        texts("topics", p.topics());
        str("website", p.website());
        revision(p.revision());
        g.writeEndObject();
    }

    void member(ConsortiumMember m) {
        g.writeStartObject();
        id("organization", m.organization());
        flag("lead", m.lead());
        id("unit", m.unit());
        str("role", m.role());
        g.writeEndObject();
    }

    void lab(CoCreationLab l) {
        g.writeStartObject();
        id("id", l.id());
        str("name", l.name());
        str("purpose", l.purpose());
        id("hostMunicipality", l.hostMunicipality());
        id("project", l.project());
        ids("partners", l.partners());
        ids("labSessions", l.labSessions());
        texts("topics", l.topics());
        revision(l.revision());
        g.writeEndObject();
    }
}
