package io.github.konvent.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.ical.KonventICal;
import io.github.konvent.id.EventId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.SessionId;
import io.github.konvent.json.KonventJson;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import io.github.konvent.schedule.RuleSet;
import io.github.konvent.schedule.ScheduleReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Java example of README.md, compiled and run; a second test keeps the README's copy identical. */
class ReadmeExampleTest {
    private static final String BEGIN = "// README:begin";
    private static final String END = "// README:end";

    @Test
    void theExampleRuns() {
        // README:begin
        Person wimmer = Person.builder().id(PersonId.of("maria-wimmer"))
                .honorific("Prof. Dr.").givenName("Maria").familyName("Wimmer").build();
        Event congress = Event.builder()
                .id(EventId.of("kommunalkongress-2025"))
                .title("Kommunalkongress 2025")
                .startDate(LocalDate.of(2025, 6, 12))
                .addProgramme(Session.builder().id(SessionId.of("k25-welcome")).title("Begrüßung")
                        .format(SessionFormat.WELCOME).start(LocalTime.of(10, 0)).build())
                .addProgramme(Session.builder().id(SessionId.of("k25-keynote"))
                        .title("Digitalisierung und Co-Creation").format(SessionFormat.KEYNOTE)
                        .start(LocalTime.of(10, 15)).end(LocalTime.of(11, 0))
                        .addContributions(Contribution.of(wimmer.id(), ContributionRole.SPEAKER)).build())
                .build();
        Catalog catalog = Catalog.builder().addPeople(wimmer).addEvents(congress).build();

        ScheduleReport report = RuleSet.defaults().check(catalog);
        report.violations().forEach(v -> System.out.println(v.message(Locale.GERMAN)));
        String json = KonventJson.publish(catalog);
        String ics = KonventICal.create().exportEvent(catalog, congress.id());
        // README:end

        assertThat(report.isValid()).as(report.toString()).isTrue();
        assertThat(KonventJson.read(json)).isEqualTo(catalog);
        assertThat(ics).contains("SUMMARY:Kommunalkongress 2025").contains("TZID=Europe/Berlin");
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        Path self = Path.of("src/test/java/io/github/konvent/examples/ReadmeExampleTest.java");
        List<String> source = Files.readAllLines(self, StandardCharsets.UTF_8);
        List<String> code = source.subList(indexOf(source, BEGIN) + 1, indexOf(source, END));
        String expected = String.join("\n", code.stream().map(l -> l.length() >= 8 ? l.substring(8) : l.strip()).toList());

        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```java\n");
        assertThat(start).as("a ```java block in README.md").isNotNegative();
        String block = readme.substring(start + "```java\n".length(), readme.indexOf("```", start + 7)).stripTrailing();
        assertThat(block).isEqualTo(expected.stripTrailing());
        assertThat(block.lines().count()).isLessThanOrEqualTo(22);
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("marker " + marker + " not found");
    }
}
