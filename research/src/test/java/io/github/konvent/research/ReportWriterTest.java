package io.github.konvent.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import io.github.konvent.query.Analyses;
import io.github.konvent.query.Network;
import io.github.konvent.query.Table;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    static Catalog small() {
        OrganizationId a = OrganizationId.of("koerber");
        OrganizationId b = OrganizationId.of("zze");
        return Catalog.builder()
                .addOrganizations(
                        Organization.builder().id(a).name("Körber-Stiftung").kind(OrganizationKind.FOUNDATION).build(),
                        Organization.builder().id(b).name("Zentrum für zivilgesellschaftliche Entwicklung, Freiburg")
                                .kind(OrganizationKind.ASSOCIATION).build())
                .addPeople(Person.builder().id(PersonId.of("nemela")).givenName("Eva").familyName("Nemela").build(),
                        Person.builder().id(PersonId.of("klie")).honorific("Prof. Dr.").givenName("Thomas")
                                .familyName("Klie").build())
                .addEvents(Event.builder().id(EventId.of("e1")).title("Allianzen, \"neu\" gedacht")
                        .startDate(LocalDate.of(2020, 11, 24))
                        .addInvolvements(Involvement.of(a, InvolvementRole.ORGANISER))
                        .addProgramme(Session.builder().id(SessionId.of("s1")).title("Diskussionsrunde")
                                .format(SessionFormat.DISCUSSION_ROUND)
                                .addContributions(Contribution.of(PersonId.of("nemela"), ContributionRole.PANELIST, a),
                                        Contribution.of(PersonId.of("klie"), ContributionRole.PANELIST, b))
                                .build())
                        .build())
                .build();
    }

    @Test
    void writesEveryTableAndNetworkReadableByIndependentReaders(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        ReportWriter.Summary s = ReportWriter.write(small(), out);
        Analyses analyses = Analyses.of(small());
        assertThat(s.rows().keySet()).containsExactlyElementsOf(Analyses.tableNames());
        assertThat(s.files()).hasSize(Analyses.tableNames().size() + 2);
        for (Table t : analyses.tables().values()) {
            List<List<String>> read = Rfc4180Reader.read(Files.readString(out.resolve(t.name() + ".csv"), StandardCharsets.UTF_8));
            assertThat(read.get(0)).isEqualTo(t.columnNames());
            assertThat(read.subList(1, read.size())).isEqualTo(t.rows().stream().map(Table.Row::texts).toList());
        }
        for (Network n : analyses.networks()) {
            assertThat(GraphMLWriterTest.read(Files.readString(out.resolve(n.name() + ".graphml")))).isEqualTo(n);
        }
        assertThat(s.rows().get("organization-cooccurrence")).isEqualTo(1);
        assertThat(s.text()).contains("organization-cooccurrence.csv").contains("person-cooccurrence.graphml")
                .doesNotContain("conflicting");
    }

    @Test
    void mergingSeveralCatalogsReportsConflicts(@TempDir Path dir) throws Exception {
        Catalog c = small();
        Catalog other = c.withEventPut(c.events().get(0).withStartDate(LocalDate.of(2020, 11, 25)));
        Map<String, Catalog> in = new LinkedHashMap<>();
        in.put("a.json", c);
        in.put("b.json", other);
        ReportWriter.Summary s = ReportWriter.write(in, dir);
        assertThat(s.conflicts()).hasSize(1);
        assertThat(Rfc4180Reader.read(Files.readString(dir.resolve("merge-conflicts.csv")))).containsExactly(
                List.of("kind", "id", "field", "kept_value", "kept_source", "other_value", "other_source"),
                List.of("event", "e1", "startDate", "2020-11-24", "a.json", "2020-11-25", "b.json"));
        assertThat(s.text()).contains("1 conflicting facts");
    }
}
