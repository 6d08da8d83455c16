package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Address;
import io.github.konvent.event.Award;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Fee;
import io.github.konvent.event.GeoPoint;
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
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Organization;
import io.github.konvent.people.Person;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.AwardId;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.LabId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.OrganizationKind;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards the format against a growing model: every attribute of every model type (its abstract
 * accessors and its default attributes) must be a property of the JSON Schema, and every default
 * attribute's schema entry states the builder's default as its {@code default}.
 *
 * <p>{@code @Value.Default} has CLASS retention and cannot be seen by reflection; a default
 * attribute is found instead as a public, non-abstract accessor of the model type that the
 * generated {@code Immutable*} class stores in a field of its own.
 */
class FormatCoverageTest {
    @Test
    void everyModelAttributeIsInTheSchema() throws Exception {
        Map<Class<?>, String> types = new LinkedHashMap<>();
        types.put(Organization.class, "organization");
        types.put(Person.class, "person");
        types.put(Affiliation.class, "affiliation");
        types.put(ContactPoint.class, "contact");
        types.put(Contribution.class, "contribution");
        types.put(Address.class, "address");
        types.put(EventSeries.class, "series");
        types.put(Cadence.class, "cadence");
        types.put(Involvement.class, "involvement");
        types.put(Venue.class, "venue");
        types.put(Room.class, "room");
        types.put(Event.class, "event");
        types.put(OnlineLocation.class, "online");
        types.put(Session.class, "session");
        types.put(ParallelBlock.class, "block");
        types.put(Registration.class, "registration");
        types.put(Fee.class, "fee");
        types.put(Link.class, "link");
        types.put(Award.class, "award");
        types.put(Laureate.class, "laureate");
        types.put(FundingProgramme.class, "fundingProgramme");
        types.put(Project.class, "project");
        types.put(ConsortiumMember.class, "member");
        types.put(CoCreationLab.class, "lab");
        types.put(GeoPoint.class, "geo");
        types.put(Catalog.class, "");
        JsonNode schema;
        try (InputStream in = KonventJson.class.getResourceAsStream("konvent-catalog.schema.json")) {
            schema = JsonMapper.builder().build().readTree(in);
        }
        for (Map.Entry<Class<?>, String> t : types.entrySet()) {
            JsonNode def = switch (t.getValue()) {
                case "" -> schema;
                case "online" -> schema.at("/$defs/event/properties/online");
                case "geo" -> schema.at("/$defs/venue/properties/geo");
                default -> schema.at("/$defs/" + t.getValue());
            };
            Set<String> inSchema = new TreeSet<>(def.path("properties").propertyNames());
            Set<String> attributes = attributes(t.getKey());
            assertThat(inSchema).as(t.getKey().getSimpleName()).containsAll(attributes);
        }
    }

    private static Set<String> attributes(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getParameterCount() == 0 && Modifier.isPublic(m.getModifiers())
                        && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> Modifier.isAbstract(m.getModifiers()) || isDefault(m))
                .map(FormatCoverageTest::jsonName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String jsonName(Method m) {
        return m.getName().equals("isPublic") ? "public" : m.getName();
    }

    /** A default attribute: public, not abstract, and held in a field of the generated implementation. */
    static boolean isDefault(Method m) {
        if (Modifier.isAbstract(m.getModifiers()) || m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                || !Modifier.isPublic(m.getModifiers())) {
            return false;
        }
        Class<?> type = m.getDeclaringClass();
        try {
            Class<?> impl = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
            Field f = impl.getDeclaredField(m.getName());
            return !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers());
        } catch (ClassNotFoundException | NoSuchFieldException e) {
            return false;
        }
    }

    /** One instance of each model type with default attributes, built with nothing but its required values. */
    static Map<Class<?>, Object> minimal() {
        Map<Class<?>, Object> m = new LinkedHashMap<>();
        m.put(Address.class, Address.builder().build());
        m.put(Venue.class, Venue.builder().id(VenueId.of("v")).name("V").build());
        m.put(Registration.class, Registration.builder().build());
        m.put(Fee.class, Fee.builder().amount(java.math.BigDecimal.ONE).build());
        m.put(Event.class, Event.builder().id(EventId.of("e")).title("E").build());
        m.put(Award.class, Award.builder().id(AwardId.of("a")).name("A").build());
        m.put(EventSeries.class, EventSeries.builder().id(SeriesId.of("s")).name("S").cadence(Cadence.irregular()).build());
        m.put(ParallelBlock.class, ParallelBlock.builder().id(BlockId.of("b")).build());
        m.put(Session.class, Session.builder().id(SessionId.of("s")).title("S").format(SessionFormat.TALK).build());
        m.put(Project.class, Project.builder().id(ProjectId.of("p")).title("P").build());
        m.put(FundingProgramme.class, FundingProgramme.builder().id(ProgrammeId.of("f")).name("F").build());
        m.put(ConsortiumMember.class, ConsortiumMember.builder().organization(OrganizationId.of("o")).build());
        m.put(CoCreationLab.class, CoCreationLab.builder().id(LabId.of("l")).name("L").build());
        m.put(Organization.class, Organization.builder().id(OrganizationId.of("o")).name("O")
                .kind(OrganizationKind.MUNICIPALITY).build());
        m.put(ContactPoint.class, ContactPoint.builder().email("a@example.org").build());
        m.put(Person.class, Person.builder().id(PersonId.of("p")).familyName("P").build());
        return m;
    }

    @Test
    void theDefaultAttributesAreFoundWithoutTheAnnotation() {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : minimal().keySet()) {
            Arrays.stream(type.getDeclaredMethods()).filter(FormatCoverageTest::isDefault)
                    .forEach(m -> found.add(type.getSimpleName() + "." + m.getName()));
        }
        assertThat(found).contains("Session.day", "Session.endsNextDay", "Event.zone", "Event.revision",
                "ContactPoint.isPublic", "Address.country", "Registration.state", "ConsortiumMember.lead");
        assertThat(found).hasSizeGreaterThanOrEqualTo(28);
        // derived and lazy values are not attributes
        assertThat(Arrays.stream(Session.class.getDeclaredMethods()).filter(FormatCoverageTest::isDefault)
                .map(Method::getName)).doesNotContain("duration", "people");
    }

    @Test
    void everyDefaultAttributeStatesTheBuildersDefaultInTheSchema() throws Exception {
        JsonNode schema = schema();
        Map<String, String> defs = Map.ofEntries(Map.entry("Address", "address"), Map.entry("Venue", "venue"),
                Map.entry("Registration", "registration"), Map.entry("Fee", "fee"), Map.entry("Event", "event"),
                Map.entry("Award", "award"), Map.entry("EventSeries", "series"), Map.entry("ParallelBlock", "block"),
                Map.entry("Session", "session"), Map.entry("Project", "project"),
                Map.entry("FundingProgramme", "fundingProgramme"), Map.entry("ConsortiumMember", "member"),
                Map.entry("CoCreationLab", "lab"), Map.entry("Organization", "organization"),
                Map.entry("ContactPoint", "contact"), Map.entry("Person", "person"));
        int checked = 0;
        for (Map.Entry<Class<?>, Object> e : minimal().entrySet()) {
            Class<?> type = e.getKey();
            for (Method m : type.getDeclaredMethods()) {
                if (!isDefault(m)) {
                    continue;
                }
                String where = type.getSimpleName() + "." + m.getName();
                JsonNode property = schema.at("/$defs/" + defs.get(type.getSimpleName()) + "/properties/" + jsonName(m));
                assertThat(property.isMissingNode()).as("%s in the schema", where).isFalse();
                assertThat(property.has("default")).as("%s states its default in the schema", where).isTrue();
                Object value = m.invoke(e.getValue());
                JsonNode stated = property.get("default");
                String statedText = stated.isString() ? stated.asString() : stated.toString();
                String builderText = value instanceof Enum<?> en ? en.name() : String.valueOf(value);
                assertThat(statedText).as("%s: schema default against the builder's", where).isEqualTo(builderText);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(28);
    }

    private static JsonNode schema() throws java.io.IOException {
        try (InputStream in = KonventJson.class.getResourceAsStream("konvent-catalog.schema.json")) {
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
