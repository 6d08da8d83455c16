package io.github.konvent;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.Project;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ModelInvariantsTest {
    private static Session.Builder session(String id) {
        return Session.builder().id(SessionId.of(id)).title("Panel").format(SessionFormat.PANEL);
    }

    @Test
    void sessionEndBeforeStartNamesFieldAndValue() {
        assertThatThrownBy(() -> session("s1").start(LocalTime.of(10, 0)).end(LocalTime.of(9, 30)).build())
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("Session s1 end")
                .hasMessageContaining("09:30")
                .hasMessageContaining("after the start 10:00");
    }

    @Test
    void sessionAcrossMidnightIsExplicit() {
        Session late = session("s1").start(LocalTime.of(22, 0)).end(LocalTime.of(1, 0)).endsNextDay(true).build();
        assertThat(late.duration()).contains(Duration.ofHours(3));
    }

    @Test
    void blankTitleIsRejected() {
        assertThatThrownBy(() -> session("s1").title("  ").build())
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("Session s1 title");
    }

    @Test
    void consortiumNeedsExactlyOneLead() {
        Project.Builder p = Project.builder().id(ProjectId.of("kudequa")).title("KuDeQua");
        assertThatThrownBy(() -> p.addConsortium(
                                ConsortiumMember.lead(OrganizationId.of("a")), ConsortiumMember.lead(OrganizationId.of("b")))
                        .build())
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("2 leads")
                .hasMessageContaining("exactly one lead");
        assertThat(Project.builder().id(ProjectId.of("x")).title("X").build().leadMember()).isEmpty();
    }

    @Test
    void agsHasEightDigitsAndOnlyOnMunicipalities() {
        Organization.Builder dortmund = Organization.builder()
                .id(OrganizationId.of("dortmund"))
                .name("Stadt Dortmund")
                .kind(OrganizationKind.MUNICIPALITY);
        assertThat(dortmund.ags("05913000").build().ags()).contains("05913000");
        assertThatThrownBy(() -> dortmund.ags("5913").build()).hasMessageContaining("8 digits");
        assertThatThrownBy(() -> dortmund.ags("05913000").kind(OrganizationKind.BANK).build())
                .hasMessageContaining("only on a MUNICIPALITY");
    }

    @Test
    void contributionIsOnBehalfOfOrganisationsOrProjectsOnly() {
        assertThatThrownBy(() -> Contribution.of(PersonId.of("a"), ContributionRole.SPEAKER, PersonId.of("b")))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("an organisation or project");
    }

    @Test
    void explicitCadenceNeedsAscendingDates() {
        assertThatThrownBy(() -> Cadence.explicit(LocalDate.of(2021, 6, 2), LocalDate.of(2021, 4, 28)))
                .hasMessageContaining("Cadence.dates[1]");
        assertThat(Cadence.biennial().intervalYears()).contains(2);
    }

    @Test
    void eventDerivesDatesAndSessionTimes() {
        Session greeting = session("g").title("Grußwort").format(SessionFormat.GREETING).day(2)
                .start(LocalTime.of(9, 0)).build();
        Event e = Event.builder().id(EventId.of("ki-2018")).title("Fachkonferenz")
                .startDate(LocalDate.of(2018, 9, 18)).days(2).addProgramme(greeting).build();
        assertThat(e.endDate()).contains(LocalDate.of(2018, 9, 19));
        assertThat(e.year()).contains(2018);
        assertThat(e.startOf(greeting)).contains(LocalDate.of(2018, 9, 19).atTime(9, 0));
        assertThat(e.withStartDate(LocalDate.of(2019, 9, 18)).year()).contains(2019);
    }

    @Test
    void eventRejectsUnknownBlock() {
        assertThatThrownBy(() -> Event.builder().id(EventId.of("e")).title("E")
                        .addProgramme(session("w1").block(io.github.konvent.id.BlockId.of("nope")).build())
                        .build())
                .hasMessageContaining("session w1 block");
    }

    /** Strings of 1 to {@code max} characters, each drawn from {@code chars}. */
    static Gen<String> strings(String chars, int max) {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, chars.length() - 1)).ofSizeBetween(1, max)
                .map(l -> {
                    StringBuilder b = new StringBuilder();
                    l.forEach(i -> b.append(chars.charAt(i)));
                    return b.toString();
                });
    }

    static final String ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static final String ID_CHARS = ALPHA + "0123456789._~-";

    @Test
    void idsAcceptTheDocumentedCharacterSet() {
        qt().withExamples(1000).forAll(strings(ALPHA, 100)).checkAssert(s ->
                assertThat(EventId.of(s + "-1.x_~").value()).isEqualTo(s + "-1.x_~"));
        // every allowed character in every position but the first, up to the maximum length
        qt().withExamples(1000).forAll(strings(ALPHA + "0123456789", 1), strings(ID_CHARS, 127)).checkAssert((a, b) ->
                assertThat(EventId.of(a + b).value()).isEqualTo(a + b));
    }

    @Test
    void idsRejectEverythingElse() {
        Gen<String> any = SourceDSL.strings().allPossible().ofLengthBetween(1, 20)
                .mix(strings(ID_CHARS + " äß/:@\t\n\r\u0000😀", 20), 50);
        qt().withExamples(1000).forAll(any).checkAssert(s -> {
            boolean valid = s.matches("[A-Za-z0-9][A-Za-z0-9._~-]*");
            if (valid) {
                assertThat(PersonId.of(s).toString()).isEqualTo(s);
            } else {
                assertThatThrownBy(() -> PersonId.of(s)).isInstanceOf(ModelException.class).hasMessageContaining("person id");
            }
        });
    }

    @Test
    void idsHaveAtMost128Characters() {
        assertThat(EventId.of("a".repeat(128)).value()).hasSize(128);
        assertThatThrownBy(() -> EventId.of("a".repeat(129))).hasMessageContaining("1 to 128 characters");
        assertThatThrownBy(() -> EventId.of("-a")).hasMessageContaining("starting with a letter or digit");
    }

    @Test
    void partyIdsAreMadeByKind() {
        assertThat(io.github.konvent.id.PartyId.of("organization", "difu")).isEqualTo(OrganizationId.of("difu"));
        assertThat(io.github.konvent.id.PartyId.of("project", "kudequa")).isEqualTo(ProjectId.of("kudequa"));
        assertThat(io.github.konvent.id.PartyId.of("person", "bock")).isEqualTo(PersonId.of("bock"));
        assertThatThrownBy(() -> io.github.konvent.id.PartyId.of("venue", "dkh"))
                .isInstanceOf(ModelException.class).hasMessageContaining("organization, project or person");
    }
}
