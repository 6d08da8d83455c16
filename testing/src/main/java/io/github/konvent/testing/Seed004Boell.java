package io.github.konvent.testing;

import static io.github.konvent.testing.Parts.affiliation;
import static io.github.konvent.testing.Parts.at;
import static io.github.konvent.testing.Parts.org;
import static io.github.konvent.testing.SeedCatalog.ANNE_ULRICH;
import static io.github.konvent.testing.SeedCatalog.BOELL;
import static io.github.konvent.testing.SeedCatalog.BOELL_2021_04_28;
import static io.github.konvent.testing.SeedCatalog.BOELL_2021_06_02;
import static io.github.konvent.testing.SeedCatalog.BOELL_2021_10_06;
import static io.github.konvent.testing.SeedCatalog.BOELL_ZIVILGESELLSCHAFT_AMT;
import static io.github.konvent.testing.SeedCatalog.DIFU;
import static io.github.konvent.testing.SeedCatalog.KOMMUNEN_INNOVATIV;
import static io.github.konvent.testing.SeedCatalog.THUENEN_REGIONALENTWICKLUNG;

import io.github.konvent.Catalog;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.Registration;
import io.github.konvent.event.RegistrationState;
import io.github.konvent.id.EventId;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.util.List;

/**
 * Seed 004: the seminar series "Zivilgesellschaft &amp; Amt: Gemeinsam stark vor Ort" of the
 * Heinrich-Böll-Stiftung: three online dates in 2021, each with a theme and guiding questions,
 * registration not yet open, and a contact person whose e-mail is not public.
 */
final class Seed004Boell {
    static final LocalDate APRIL = LocalDate.of(2021, 4, 28);
    static final LocalDate JUNE = LocalDate.of(2021, 6, 2);
    static final LocalDate OCTOBER = LocalDate.of(2021, 10, 6);
    static final String SERIES_NAME = "Zivilgesellschaft & Amt: Gemeinsam stark vor Ort";
    static final String REGISTRATION_NOTE = "Sobald das Veranstaltungsprogramm vorliegt und die Anmeldung "
            + "freigeschaltet ist, finden Sie den Hinweis dazu auf der \"Kommunen innovativ\"-Webseite.";

    private Seed004Boell() {}

    static void addTo(Catalog.Builder b) {
        b.addOrganizations(
                org(BOELL, "Heinrich-Böll-Stiftung", OrganizationKind.FOUNDATION).build(),
                org(THUENEN_REGIONALENTWICKLUNG, "Thünen-Institut für Regionalentwicklung",
                                OrganizationKind.RESEARCH_INSTITUTE)
                        .build());

        b.addPeople(Person.builder()
                .id(ANNE_ULRICH)
                .honorific("Dr.")
                .givenName("Anne")
                .familyName("Ulrich")
                .addAffiliations(affiliation(BOELL, APRIL))
                .addContacts(ContactPoint.builder().email("ulrich@boell.de").isPublic(false).build())
                .build());

        b.addSeries(EventSeries.builder()
                .id(BOELL_ZIVILGESELLSCHAFT_AMT)
                .name(SERIES_NAME)
                .motto("Kommunalpolitik trifft Zivilgesellschaft")
                .description("Eine Seminarreihe für Kommunale und Initiativen vor Ort. An drei Terminen bringt die "
                        + "Heinrich-Böll-Stiftung Zivilgesellschaft und Kommunen zusammen. Auch „Kommunen "
                        + "innovativ“-Projekte bringen sich ein: ausgewählte Verbundvorhaben der Fördermaßnahme "
                        + "präsentieren, welche Möglichkeiten sich aus neuen Allianzen mit der Zivilgesellschaft für eine "
                        + "zukunftsfähige kommunale Entwicklung ergeben und welche Anforderungen an Kommunalverwaltung "
                        + "und -politik damit einhergehen.")
                .cadence(Cadence.explicit(APRIL, JUNE, OCTOBER))
                .firstYear(2021)
                .addInvolvements(
                        Involvement.of(BOELL, InvolvementRole.ORGANISER),
                        Involvement.of(DIFU, InvolvementRole.COOPERATION_PARTNER),
                        Involvement.of(THUENEN_REGIONALENTWICKLUNG, InvolvementRole.COOPERATION_PARTNER))
                .typicalAttendanceMode(AttendanceMode.ONLINE)
                .addTopics("Kommunalpolitik trifft Zivilgesellschaft", "ländlicher und kleinstädtischer Raum")
                .addTargetAudiences("Kommunale und Initiativen vor Ort", "alle Aktiven und Interessierten")
                .addAims(
                        "Zivilgesellschaft und Kommunen zusammenbringen",
                        "Impulse und innovative Ansätze für deren zukünftiges Zusammenspiel untersuchen",
                        "offener Austausch jenseits sachlicher Zwänge, unter denen sich Verwaltung/ kommunale Politik "
                                + "und Initiativen/ Vereine/ Zivilgesellschaft üblicherweise „dienstlich“ begegnen")
                .addGuidingQuestions(
                        "Wie stärkt sich demokratische Kultur vor Ort?",
                        "Wie gelingt Netzwerken?",
                        "Welche Rahmenbedingungen braucht gute Kooperation zwischen Kommune und Engagement?")
                .build());

        b.addEvents(
                date(BOELL_2021_04_28, APRIL, "Füreinander einstehen - Zivilgesellschaft sichtbar machen", null,
                        List.of(),
                        List.of(
                                "Wie geht es uns?",
                                "Wie ist Zivilgesellschaft & Kommunales öff.Leben durch die Krise gekommen?",
                                "Woran sehen wir, dass es besser geht, wenn Kommune und Zivilgesellschaft gut zusammenwirken?",
                                "Wie kann sich dies 2021 darstellen/ zeigen?",
                                "Was brauchen die Partner dafür voneinander?")),
                date(BOELL_2021_06_02, JUNE, "Netzwerken - Kooperative Orte schaffen",
                        "Netzwerke bilden Infrastrukturen für demokratische Kultur: als soziale Orte, als Lernorte, als "
                                + "Impulsgeber, als Ermutigung. Die Stadt-Land-Kooperation: Augenhöhe für teamwork.",
                        List.of("Netzwerke als Infrastrukturen für demokratische Kultur", "Stadt-Land-Kooperation"),
                        List.of(
                                "Wie funktionieren Netzwerke zwischen Akteuren demokratischer Kultur vor Ort?",
                                "Was macht sie aus, was können wir lernen?")),
                date(BOELL_2021_10_06, OCTOBER, "Rahmenbedingungen, die wir brauchen",
                        "Kommunen als Kümmerer befähigen: Rollenklärungen & Konflikte; FoBi, Geld & Kompetenzen.",
                        List.of(
                                "Kommunen als Kümmerer befähigen",
                                "Rollenklärungen & Konflikte",
                                "FoBi, Geld & Kompetenzen",
                                "Demokratie- und Engagementpolitik von Land und Kommunen",
                                "Digitalisierung",
                                "Politische Bildung auf dem Land"),
                        List.of(
                                "Demokratie- und Engagementpolitik von Land und Kommunen: was sollten die Rahmenbedingungen sein?",
                                "Was ist jetzt gefordert?",
                                "Digitalisierungs-Lust und Frust: Wie kommt das voran?",
                                "Welche Rahmenbedingungen für junge Leute?",
                                "..für Vielfalt?",
                                "Politische Bildung auf dem Land: Wie geht´s & was braucht´s?")));
    }

    private static Event date(
            EventId id, LocalDate day, String theme, String description, List<String> topics, List<String> questions) {
        Event.Builder e = Event.builder()
                .id(id)
                .title(theme)
                .subtitle("Veranstaltungsreihe „" + SERIES_NAME + "“")
                .theme(theme)
                .type(EventType.SEMINAR)
                .status(EventStatus.ANNOUNCED)
                .series(BOELL_ZIVILGESELLSCHAFT_AMT)
                .startDate(day)
                .dailyStart(at(14, 0))
                .dailyEnd(at(17, 0))
                // Looked up: a "digitale Veranstaltungsreihe" (docs/SEEDS.md); no join link is known.
                .attendanceMode(AttendanceMode.ONLINE)
                .online(OnlineLocation.builder().build())
                .fundingProgramme(KOMMUNEN_INNOVATIV)
                .addInvolvements(
                        Involvement.of(BOELL, InvolvementRole.ORGANISER),
                        Involvement.of(DIFU, InvolvementRole.COOPERATION_PARTNER),
                        Involvement.of(THUENEN_REGIONALENTWICKLUNG, InvolvementRole.COOPERATION_PARTNER))
                .addTargetAudiences("Kommunale und Initiativen vor Ort", "alle Aktiven und Interessierten")
                .addAllTopics(topics)
                .addAllGuidingQuestions(questions)
                .registration(Registration.builder()
                        .state(RegistrationState.NOT_YET_OPEN)
                        .note(REGISTRATION_NOTE)
                        .build())
                .contact(ANNE_ULRICH);
        if (description != null) {
            e.description(description);
        }
        return e.build();
    }
}
