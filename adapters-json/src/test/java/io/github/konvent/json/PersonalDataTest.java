package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Person;
import io.github.konvent.testing.SeedCatalog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Non-public contact data never reaches output meant for publishing. */
class PersonalDataTest {
    private final Catalog seeds = SeedCatalog.catalog();

    private List<String> privateContacts(Catalog c) {
        return c.people().stream().flatMap(p -> p.contacts().stream()).filter(k -> !k.isPublic())
                .flatMap(k -> java.util.stream.Stream.of(k.email(), k.phone(), k.url().map(Object::toString)))
                .flatMap(java.util.Optional::stream).toList();
    }

    @Test
    void theSeedsHoldPrivateContactDataThatOnlyTheFullWriteKeeps() {
        List<String> secret = privateContacts(seeds);
        assertThat(secret).isNotEmpty();
        assertThat(KonventJson.write(seeds)).contains(secret);
        assertThat(KonventJson.publish(seeds)).doesNotContain(secret);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        KonventJson.writeLines(seeds, lines, KonventJson.Contacts.PUBLIC_ONLY);
        assertThat(lines.toString(StandardCharsets.UTF_8)).doesNotContain(secret);
        assertThat(KonventJson.mapper().registeredModules()).isNotEmpty();
        for (Event e : seeds.events()) {
            assertThat(KonventJson.publishEvent(seeds, e.id())).doesNotContain(secret);
            assertThat(SchemaOrg.event(seeds, e.id())).doesNotContain(secret);
            assertThat(ScheduleJson.export(seeds, e.id())).doesNotContain(secret);
        }
        assertThat(SchemaOrg.catalog(seeds)).doesNotContain(secret);
    }

    @Test
    void publicContactsStayInPublishedOutput() {
        Person p = seeds.people().get(0).withContacts(
                ContactPoint.builder().email("presse@example.org").isPublic(true).build(),
                ContactPoint.builder().email("privat@example.org").build());
        Catalog c = seeds.withPersonPut(p);
        String published = KonventJson.publish(c);
        assertThat(published).contains("presse@example.org").doesNotContain("privat@example.org");
        assertThat(KonventJson.read(published).person(p.id()).orElseThrow().contacts()).hasSize(1);
        assertThat(tools.jackson.databind.json.JsonMapper.builder().addModule(new KonventModule().publicContactsOnly())
                .build().writeValueAsString(c)).contains("presse@example.org").doesNotContain("privat@example.org");
    }
}
