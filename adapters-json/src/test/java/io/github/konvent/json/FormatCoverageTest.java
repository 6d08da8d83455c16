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
import java.io.InputStream;
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
 * accessors and {@code @Value.Default} ones) must be a property of the JSON Schema, and the
 * fixture that sets them all must round-trip.
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
                .map(m -> m.getName().equals("isPublic") ? "public" : m.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isDefault(Method m) {
        return Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().getName().endsWith("Value$Default"));
    }
}
