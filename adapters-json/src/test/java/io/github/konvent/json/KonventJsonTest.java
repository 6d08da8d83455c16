package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.people.ContactPoint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class KonventJsonTest {
    @Test
    void fullCatalogRoundTrips() {
        Catalog c = Fixtures.full();
        String json = KonventJson.write(c);
        assertThat(KonventJson.read(json)).isEqualTo(c);
        assertThat(json).startsWith("{\"konvent\":\"1.0\",");
    }

    @Test
    void writingIsStable() {
        assertThat(KonventJson.write(KonventJson.read(KonventJson.write(Fixtures.full()))))
                .isEqualTo(KonventJson.write(Fixtures.full()));
    }

    @Test
    void jsonLinesRoundTrip() {
        Catalog c = Fixtures.full();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KonventJson.writeLines(c, out, KonventJson.Contacts.ALL);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.split("\n")).hasSize(1 + c.events().size());
        assertThat(KonventJson.readLines(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(c);
        List<Event> seen = new ArrayList<>();
        KonventJson.forEachEvent(new ByteArrayInputStream(out.toByteArray()), seen::add);
        assertThat(seen).isEqualTo(c.events());
    }

    @Test
    void moduleIsFoundByServiceLoaderAndRoundTripsEachType() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof KonventModule);
        Catalog c = Fixtures.full();
        assertThat(mapper.readValue(mapper.writeValueAsString(c), Catalog.class)).isEqualTo(c);
        Event e = c.events().get(0);
        assertThat(mapper.readValue(mapper.writeValueAsString(e), Event.class)).isEqualTo(e);
        assertThat(mapper.readValue(mapper.writeValueAsString(c.people().get(0)), io.github.konvent.people.Person.class))
                .isEqualTo(c.people().get(0));
    }

    @Test
    void publishLeavesOutNonPublicContacts() {
        Catalog c = Fixtures.full();
        String all = KonventJson.write(c);
        String published = KonventJson.publish(c);
        assertThat(all).contains("maria.mueller@example.org", "+49 231 0");
        assertThat(published).doesNotContain("maria.mueller@example.org", "+43 1 234", "+49 231 0")
                .contains("https://example.org/mueller", "info@bmbf.de");
        Catalog back = KonventJson.read(published);
        assertThat(back.people().stream().flatMap(p -> p.contacts().stream())).allMatch(ContactPoint::isPublic);
        assertThat(back.organizations().stream().flatMap(p -> p.contacts().stream())).allMatch(ContactPoint::isPublic);
        assertThat(KonventJson.publishEvent(c, Fixtures.KONF)).doesNotContain("maria.mueller@example.org");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KonventJson.writeLines(c, out, KonventJson.Contacts.PUBLIC_ONLY);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("maria.mueller@example.org");
    }

    @Test
    void eventDocumentHoldsTheEventAndWhatItRefersTo() {
        Catalog c = Fixtures.full();
        Catalog one = KonventJson.read(KonventJson.writeEvent(c, Fixtures.KONF, KonventJson.Contacts.ALL));
        assertThat(one.events()).containsExactly(c.event(Fixtures.KONF).orElseThrow());
        assertThat(one.person(Fixtures.MUELLER)).isPresent();
        assertThat(one.organization(Fixtures.DORTMUND)).isPresent(); // parent of an affiliation's unit
        assertThat(one.project(io.github.konvent.id.ProjectId.of("komin-net"))).isPresent();
        assertThat(one.project(io.github.konvent.id.ProjectId.of("plain"))).isEmpty();
        assertThat(one.awards()).isEmpty();
    }

    @Test
    void theModuleReportsBadInputAsInputExceptionWithPointer() {
        String bad = BadInputTest.session(",\"start\":\"25:00\"");
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> KonventJson.mapper().readValue(bad, Catalog.class));
        assertThat(t).isInstanceOf(io.github.konvent.InputException.class)
                .hasMessageStartingWith("/events/2/programme/5/start: found '25:00'");
        String nested = "{\"wrapper\":" + bad + "}";
        Throwable n = org.assertj.core.api.Assertions.catchThrowable(() -> KonventJson.mapper()
                .readValue(nested, new tools.jackson.core.type.TypeReference<java.util.Map<String, Catalog>>() {}));
        // nested in a type of the user's, Jackson wraps it (with its path); the cause is the InputException
        assertThat(n).isInstanceOf(tools.jackson.databind.DatabindException.class)
                .cause().isInstanceOf(io.github.konvent.InputException.class)
                .hasMessageStartingWith("/wrapper/events/2/programme/5/start: found '25:00'");
    }

    @Test
    void theMapperHasNoDefaultTypingAndTheDocumentedLimits() {
        assertThat(KonventJson.mapper().deserializationConfig().getDefaultTyper(null)).isNull();
        var limits = KonventJson.mapper().tokenStreamFactory().streamReadConstraints();
        assertThat(limits.getMaxNestingDepth()).isEqualTo(KonventJson.MAX_NESTING_DEPTH);
        assertThat(limits.getMaxStringLength()).isEqualTo(KonventJson.MAX_STRING_LENGTH);
        assertThat(limits.getMaxDocumentLength()).isEqualTo(KonventJson.MAX_DOCUMENT_LENGTH);
    }
}
