package org.example;

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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/** A congress with two programme items: checked, then published as JSON and iCalendar. */
public final class KonventExample {
    public static void main(String[] args) {
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
        System.out.println(report.violations().size() + " findings, " + json.length()
                + " characters of JSON, " + ics.lines().count() + " lines of iCalendar");
    }
}
