package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.event.Address;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Fee;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.Registration;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Organization;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org JSON-LD for portals and search engines: an event as {@code Event} with its series
 * as {@code superEvent}, its sessions as {@code subEvent}, its place, organisers, performers,
 * funders, audience, language and offers; funding programmes as {@code Grant}s of a {@code
 * FundingScheme}. Only public data is written: no contact points at all.
 */
public final class SchemaOrg {
    /** The context every document names; processors that cannot fetch it use {@code {"@vocab": "https://schema.org/"}}. */
    public static final String CONTEXT = "https://schema.org";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final String S = "https://schema.org/";

    private SchemaOrg() {}

    /**
     * @param catalog a catalog
     * @param event an event of it
     * @return the event as a schema.org JSON-LD document
     */
    public static String event(Catalog catalog, EventId event) {
        Event e = catalog.event(event).orElseThrow(() -> new KonventException("No event '" + event + "' in the catalog"));
        ObjectNode n = eventNode(catalog, e);
        ObjectNode doc = NODES.objectNode();
        doc.put("@context", CONTEXT);
        doc.setAll(n);
        return write(doc);
    }

    /**
     * @param catalog a catalog
     * @return every event of the catalog in one JSON-LD {@code @graph}
     */
    public static String catalog(Catalog catalog) {
        ObjectNode doc = NODES.objectNode();
        doc.put("@context", CONTEXT);
        ArrayNode graph = doc.putArray("@graph");
        catalog.events().forEach(e -> graph.add(eventNode(catalog, e)));
        return write(doc);
    }

    private static String write(ObjectNode doc) {
        try {
            return PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
        } catch (JacksonException e) {
            throw new KonventException("Could not write JSON-LD: " + e.getOriginalMessage(), e);
        }
    }

    static String iri(EventId id) {
        return "urn:konvent:event:" + id.value();
    }

    static ObjectNode eventNode(Catalog c, Event e) {
        ObjectNode n = NODES.objectNode();
        n.put("@type", "Event");
        n.put("@id", iri(e.id()));
        n.put("identifier", e.id().value());
        n.put("name", e.title());
        e.subtitle().ifPresent(s -> n.put("alternateName", s));
        e.description().ifPresent(s -> n.put("description", s));
        if (e.theme().isPresent() || !e.topics().isEmpty()) {
            ArrayNode about = n.putArray("about");
            e.theme().ifPresent(about::add);
            e.topics().forEach(about::add);
        }
        e.startDate().ifPresent(d -> n.put("startDate", dateOrTime(d, e.dailyStart().map(d::atTime), e.zone())));
        e.endDate().ifPresent(d -> n.put("endDate", dateOrTime(d, e.dailyEnd().map(d::atTime), e.zone())));
        n.put("eventStatus", S + switch (e.status()) {
            case CANCELLED -> "EventCancelled";
            case POSTPONED -> "EventPostponed";
            default -> "EventScheduled";
        });
        n.put("eventAttendanceMode", S + switch (e.attendanceMode()) {
            case ONLINE -> "OnlineEventAttendanceMode";
            case HYBRID -> "MixedEventAttendanceMode";
            case IN_PERSON -> "OfflineEventAttendanceMode";
        });
        ArrayNode location = NODES.arrayNode();
        e.venue().flatMap(c::venue).ifPresent(v -> location.add(place(v)));
        if (e.attendanceMode() != AttendanceMode.IN_PERSON) {
            ObjectNode virtual = location.addObject().put("@type", "VirtualLocation");
            e.online().flatMap(OnlineLocation::joinUrl).ifPresent(u -> virtual.put("url", u.toString()));
            e.online().flatMap(OnlineLocation::platform).ifPresent(p -> virtual.put("name", p));
        }
        if (!location.isEmpty()) {
            n.set("location", location.size() == 1 ? location.get(0) : location);
        }
        parties(c, n, "organizer", e.involvements(), InvolvementRole.ORGANISER, InvolvementRole.HOST);
        parties(c, n, "contributor", e.involvements(), InvolvementRole.COOPERATION_PARTNER, InvolvementRole.MEDIA_PARTNER);
        parties(c, n, "sponsor", e.involvements(), InvolvementRole.SPONSOR);
        Set<PartyId> funders = new LinkedHashSet<>(e.parties(InvolvementRole.FUNDER));
        Optional<FundingProgramme> programme = e.fundingProgramme().flatMap(c::fundingProgramme);
        programme.ifPresent(f -> funders.addAll(f.funders()));
        if (!funders.isEmpty()) {
            ArrayNode a = n.putArray("funder");
            funders.forEach(p -> a.add(party(c, p)));
        }
        programme.ifPresent(f -> n.set("funding", grant(c, f)));
        Set<PersonId> performers = new LinkedHashSet<>();
        e.contributions().forEach(k -> performers.add(k.person()));
        e.programme().forEach(s -> s.contributions().forEach(k -> performers.add(k.person())));
        if (!performers.isEmpty()) {
            ArrayNode a = n.putArray("performer");
            performers.forEach(p -> a.add(person(c, p)));
        }
        if (!e.targetAudiences().isEmpty()) {
            ArrayNode a = n.putArray("audience");
            e.targetAudiences().forEach(t -> a.addObject().put("@type", "Audience").put("audienceType", t));
        }
        n.put("inLanguage", e.language());
        e.website().ifPresent(u -> n.put("url", u.toString()));
        e.registration().ifPresent(r -> offers(n, r, e.zone()));
        e.registration().flatMap(Registration::capacity).ifPresent(k -> n.put("maximumAttendeeCapacity", k));
        e.series().flatMap(c::series).ifPresent(s -> n.set("superEvent", series(c, s)));
        if (!e.programme().isEmpty()) {
            ArrayNode subs = n.putArray("subEvent");
            e.programme().forEach(s -> subs.add(session(c, e, s)));
        }
        return n;
    }

    private static String dateOrTime(LocalDate date, Optional<LocalDateTime> time, ZoneId zone) {
        return time.map(t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone))).orElse(date.toString());
    }

    private static ObjectNode place(Venue v) {
        ObjectNode p = NODES.objectNode().put("@type", "Place").put("name", v.name());
        v.address().ifPresent(a -> p.set("address", address(a)));
        v.geo().ifPresent(g -> p.putObject("geo").put("@type", "GeoCoordinates")
                .put("latitude", g.latitude()).put("longitude", g.longitude()));
        v.website().ifPresent(u -> p.put("url", u.toString()));
        return p;
    }

    private static ObjectNode address(Address a) {
        ObjectNode n = NODES.objectNode().put("@type", "PostalAddress");
        a.street().ifPresent(s -> n.put("streetAddress", s));
        a.postalCode().ifPresent(s -> n.put("postalCode", s));
        a.locality().ifPresent(s -> n.put("addressLocality", s));
        a.region().ifPresent(s -> n.put("addressRegion", s));
        n.put("addressCountry", a.country());
        return n;
    }

    private static void parties(Catalog c, ObjectNode n, String property, List<Involvement> involvements,
            InvolvementRole... roles) {
        ArrayNode a = NODES.arrayNode();
        for (Involvement i : involvements) {
            if (List.of(roles).contains(i.role())) {
                a.add(party(c, i.party()));
            }
        }
        if (!a.isEmpty()) {
            n.set(property, a);
        }
    }

    private static ObjectNode party(Catalog c, PartyId id) {
        if (id instanceof OrganizationId o) {
            ObjectNode n = NODES.objectNode().put("@type", "Organization").put("@id", "urn:konvent:organization:" + o.value());
            Optional<Organization> org = c.organization(o);
            n.put("name", org.map(Organization::name).orElse(o.value()));
            org.flatMap(Organization::shortName).ifPresent(s -> n.put("alternateName", s));
            org.flatMap(Organization::website).ifPresent(u -> n.put("url", u.toString()));
            return n;
        }
        if (id instanceof ProjectId p) {
            ObjectNode n = NODES.objectNode().put("@type", "ResearchProject").put("@id", "urn:konvent:project:" + p.value());
            Optional<Project> project = c.project(p);
            n.put("name", project.map(Project::title).orElse(p.value()));
            project.flatMap(Project::acronym).ifPresent(s -> n.put("alternateName", s));
            project.flatMap(Project::website).ifPresent(u -> n.put("url", u.toString()));
            project.flatMap(Project::programme).flatMap(c::fundingProgramme).ifPresent(f -> n.set("funding", grant(c, f)));
            return n;
        }
        return person(c, (PersonId) id);
    }

    private static ObjectNode person(Catalog c, PersonId id) {
        ObjectNode n = NODES.objectNode().put("@type", "Person").put("@id", "urn:konvent:person:" + id.value());
        Optional<Person> person = c.person(id);
        if (person.isEmpty()) {
            return n.put("name", id.value());
        }
        Person p = person.get();
        n.put("name", p.givenName().map(g -> g + " ").orElse("") + p.familyName());
        p.honorific().ifPresent(h -> n.put("honorificPrefix", h));
        p.givenName().ifPresent(g -> n.put("givenName", g));
        n.put("familyName", p.familyName());
        if (!p.affiliations().isEmpty()) {
            ArrayNode a = n.putArray("affiliation");
            p.affiliations().forEach(x -> a.add(party(c, x.organization())));
        }
        return n;
    }

    private static ObjectNode grant(Catalog c, FundingProgramme f) {
        ObjectNode g = NODES.objectNode().put("@type", "Grant").put("@id", "urn:konvent:programme:" + f.id().value());
        g.put("name", f.name());
        f.website().ifPresent(u -> g.put("url", u.toString()));
        ObjectNode scheme = g.putObject("funder").put("@type", "FundingScheme").put("name", f.name());
        f.framework().ifPresent(fw -> scheme.put("description", fw));
        if (!f.funders().isEmpty()) {
            ArrayNode parents = scheme.putArray("parentOrganization");
            f.funders().forEach(o -> parents.add(party(c, o)));
        }
        return g;
    }

    private static void offers(ObjectNode n, Registration r, ZoneId zone) {
        if (r.fee().isEmpty()) {
            return;
        }
        Fee fee = r.fee().get();
        ObjectNode o = n.putObject("offers").put("@type", "Offer");
        o.put("price", fee.amount().toPlainString());
        o.put("priceCurrency", fee.currency());
        fee.note().ifPresent(x -> o.put("description", x));
        r.url().ifPresent(u -> o.put("url", u.toString()));
        r.opens().ifPresent(t -> o.put("validFrom", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone))));
        r.closes().ifPresent(t -> o.put("validThrough", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone))));
        switch (r.state()) {
            case OPEN, NOT_REQUIRED -> o.put("availability", S + "InStock");
            case WAITING_LIST -> o.put("availability", S + "LimitedAvailability");
            case CLOSED -> o.put("availability", S + "SoldOut");
            case NOT_YET_OPEN -> o.put("availability", S + "PreOrder");
            default -> { }
        }
    }

    private static ObjectNode series(Catalog c, EventSeries s) {
        ObjectNode n = NODES.objectNode().put("@type", "EventSeries").put("@id", "urn:konvent:series:" + s.id().value());
        n.put("name", s.name());
        s.description().ifPresent(d -> n.put("description", d));
        s.website().ifPresent(u -> n.put("url", u.toString()));
        parties(c, n, "organizer", s.involvements(), InvolvementRole.ORGANISER, InvolvementRole.HOST);
        return n;
    }

    private static ObjectNode session(Catalog c, Event e, Session s) {
        ObjectNode n = NODES.objectNode().put("@type", "Event").put("@id", "urn:konvent:session:" + s.id().value());
        n.put("name", s.title());
        s.description().ifPresent(d -> n.put("description", d));
        e.startOf(s).ifPresent(t -> n.put("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(e.zone()))));
        e.endOf(s).ifPresent(t -> n.put("endDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(e.zone()))));
        s.formatLabel().ifPresent(f -> n.put("additionalType", f));
        s.room().flatMap(c::room).map(Room::name).ifPresent(r -> n.putObject("location").put("@type", "Place").put("name", r));
        ArrayNode performers = NODES.arrayNode();
        for (Contribution k : s.contributions()) {
            performers.add(NODES.objectNode().put("@id", "urn:konvent:person:" + k.person().value())
                    .put("name", c.person(k.person()).map(p -> p.givenName().map(g -> g + " ").orElse("") + p.familyName())
                            .orElse(k.person().value())));
        }
        if (!performers.isEmpty()) {
            n.set("performer", performers);
        }
        if (!s.presenters().isEmpty()) {
            ArrayNode a = n.putArray("contributor");
            s.presenters().forEach(p -> a.add(party(c, p)));
        }
        if (!s.topics().isEmpty()) {
            ArrayNode a = n.putArray("about");
            s.topics().forEach(a::add);
        }
        return n;
    }
}
