package io.github.konvent.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.IdNames;
import io.github.konvent.people.ContributionRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The assembler the schedule readers share: its fast paths against the plain functions, and what it builds. */
class ProgrammeImportTest {
    private static final ProgrammeImport.Builds PLAIN = ProgrammeImportTest::build;

    private static <T> T build(String location, Supplier<T> build) {
        return build.get();
    }

    private static Gen<String> slugs() {
        Gen<String> word = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12);
        return lists().of(word).ofSizeBetween(1, 12).map(l -> String.join("-", l));
    }

    @Test
    void theSessionIdOfACleanSlugIsTheOneIdNamesGives() {
        Gen<String> acronyms = strings().allPossible().ofLengthBetween(0, 20)
                .mix(strings().basicLatinAlphabet().ofLengthBetween(0, 130), 50);
        Gen<String> bases = slugs().mix(strings().basicLatinAlphabet().ofLengthBetween(1, 40), 30);
        qt().forAll(acronyms, bases).checkAssert((acronym, base) -> assertThat(ProgrammeImport.sessionBase(acronym,
                IdNames.slug(acronym).orElse(""), base)).isEqualTo(IdNames.of(acronym + " " + base, "session")));
    }

    @Test
    void cleanSlugsAreRunsOfLettersAndDigitsJoinedBySingleHyphens() {
        assertThat(ProgrammeImport.isCleanSlug("ab-1-c")).isTrue();
        assertThat(List.of("", "-a", "a-", "a--b", "A", "ä", "a_b", "a b")).noneMatch(ProgrammeImport::isCleanSlug);
    }

    @Test
    void theLocalTimeIsTheOneOfTheZonedValue() {
        List<ZoneId> zones = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneOffset.UTC,
                ZoneOffset.ofHoursMinutes(5, 30), ZoneId.of("Australia/Lord_Howe"));
        qt().forAll(longs().between(-2_208_988_800L, 7_258_118_400L), integers().between(-18 * 4, 18 * 4),
                integers().between(0, zones.size() - 1)).checkAssert((second, quarters, z) -> {
                    OffsetDateTime t = OffsetDateTime.ofInstant(Instant.ofEpochSecond(second),
                            ZoneOffset.ofTotalSeconds(quarters * 900));
                    ZoneId zone = zones.get(z);
                    assertThat(ProgrammeImport.local(t, zone.getRules()))
                            .isEqualTo(t.atZoneSameInstant(zone).toLocalDateTime());
                });
    }

    private static ProgrammeImport conference(ReadLimits limits) {
        return new ProgrammeImport("test", limits, PLAIN).acronym("demo").title("Demo").statedZone(ZoneId.of("Europe/Berlin"))
                .startDate(LocalDate.of(2024, 3, 30)).putEventId("test.acronym", "demo");
    }

    @Test
    void talksBecomeSessionsWithDaysIdsRoomsAndPeople() {
        ProgrammeImport p = conference(ReadLimits.defaults());
        p.room("Saal 1", "/rooms/0").putIdIfAbsent("test.guid", "r1");
        p.talk("/0").title("Opening").slug("opening").room("Saal 1")
                .start(OffsetDateTime.parse("2024-03-31T01:30:00+01:00"), "/0/start").duration(Duration.ofMinutes(45), "/0/d")
                .type("Workshop").putId("test.guid", "g0")
                .addPerson("Ada Lovelace", "test.id=7", Map.of("test.id", "7"), ContributionRole.SPEAKER, p.limits(), "/0/p");
        p.talk("/1").title("Opening").slug("opening").start(OffsetDateTime.parse("2024-03-30T22:50:00Z"), "/1/start")
                .duration(Duration.ofMinutes(30), "/1/d")
                .addPerson("A. Lovelace", "test.id=7", Map.of("test.id", "7"), ContributionRole.MODERATOR, p.limits(), "/1/p")
                .addPerson("Grace Hopper", null, Map.of(), ContributionRole.SPEAKER, p.limits(), "/1/q");
        ReadResult r = p.build();
        Catalog c = r.catalog();
        Event e = c.events().get(0);
        assertThat(e.id().value()).isEqualTo("demo");
        assertThat(e.externalIds()).containsEntry("test.acronym", "demo");
        Session first = e.programme().get(0);
        assertThat(first.id().value()).isEqualTo("demo-opening");
        assertThat(first.day()).isEqualTo(2);
        // 01:30 CET on the night the clocks go forward: 45 minutes of wall clock later
        assertThat(first.start()).hasValueSatisfying(t -> assertThat(t).hasToString("01:30"));
        assertThat(first.end()).hasValueSatisfying(t -> assertThat(t).hasToString("02:15"));
        assertThat(first.externalIds()).containsEntry("test.guid", "g0");
        assertThat(first.formatLabel()).contains("Workshop");
        assertThat(c.venues().get(0).rooms().get(0).externalIds()).containsEntry("test.guid", "r1");
        Session second = e.programme().get(1);
        assertThat(second.id().value()).isEqualTo("demo-opening-2");
        assertThat(second.endsNextDay()).isTrue();
        assertThat(second.contributions()).hasSize(2);
        assertThat(second.contributions().get(0).person()).isEqualTo(first.contributions().get(0).person());
        assertThat(c.people()).hasSize(2);
        assertThat(e.days()).isEqualTo(2);
    }

    @Test
    void theLimitsAreEnforcedWhileTalksAreAdded() {
        ProgrammeImport p = conference(ReadLimits.builder().maxSessionsPerEvent(1).maxListLength(1).maxDaysPerEvent(2).build());
        p.talk("/0").title("A").start(OffsetDateTime.parse("2024-04-01T10:00:00+02:00"), "/0/start");
        assertThat(catchThrowable(() -> p.talk("/1"))).isInstanceOf(InputException.class)
                .hasMessageContaining("/1").hasMessageContaining("ReadLimits.maxSessionsPerEvent");
        p.room("Saal 1", "/r/0");
        assertThat(catchThrowable(() -> p.room("Saal 2", "/r/1"))).hasMessageContaining("ReadLimits.maxListLength");
        assertThat(catchThrowable(p::build)).isInstanceOf(InputException.class).hasMessageContaining("/0/start")
                .hasMessageContaining("ReadLimits.maxDaysPerEvent");
    }

    @Test
    void dateTimesParseExactlyAsOffsetDateTimeParses() {
        Gen<String> two = integers().between(0, 99).map(i -> String.format("%02d", i));
        Gen<String> texts = integers().between(0, 9999).zip(two, two, (y, m, d) -> String.format("%04d-%s-%s", y, m, d))
                .zip(two, two, two, (date, h, mi, s) -> date + "T" + h + ":" + mi + ":" + s)
                .zip(integers().between(0, 4), two, two, (dt, kind, oh, om) -> switch (kind) {
                    case 0 -> dt + "Z";
                    case 1 -> dt + "+" + oh + ":" + om;
                    case 2 -> dt + "-" + oh + ":" + om;
                    case 3 -> dt + "+" + oh + om;
                    default -> dt.substring(0, dt.length() - 3) + "+01:00";
                });
        qt().forAll(texts.mix(strings().basicLatinAlphabet().ofLengthBetween(18, 26), 10)).checkAssert(t -> {
            Object expected;
            try {
                expected = OffsetDateTime.parse(t);
            } catch (java.time.format.DateTimeParseException e) {
                expected = "refused";
            }
            Object actual;
            try {
                actual = ProgrammeImport.offsetDateTime(t);
            } catch (java.time.format.DateTimeParseException e) {
                actual = "refused";
            }
            assertThat(actual).isEqualTo(expected);
        });
        assertThat(ProgrammeImport.offsetDateTime("2024-02-29T23:59:59-05:30"))
                .isEqualTo(OffsetDateTime.parse("2024-02-29T23:59:59-05:30"));
    }
}
