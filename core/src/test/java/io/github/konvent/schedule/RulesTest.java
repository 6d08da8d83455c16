package io.github.konvent.schedule;

import static io.github.konvent.schedule.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.id.PersonId;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Availability;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Registration;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken programme per rule: the default rules find the break with that rule, and without
 * the rule nothing else reports it — so each test fails when its rule is removed.
 */
class RulesTest {

    /** Each rule id with a catalog that breaks exactly that rule (the clean fixture otherwise). */
    static Map<String, Catalog> scenarios() {
        Map<String, Catalog> m = new TreeMap<>();
        m.put(Rules.TIME_ORDER, withProgramme(list -> {
            list.add(session("sub", SessionFormat.TALK, "12:40", "12:50").parent(SessionId.of("panel")).build());
            return list;
        }));
        m.put(Rules.EVENT_DAYS, replacing("closing", s -> s.withDay(2)));
        m.put(Rules.DAY_BOUNDS, withProgramme(list -> {
            list.add(session("tour", SessionFormat.TOUR, "05:30", "06:30").sideProgramme(true).build());
            return list;
        }));
        m.put(Rules.DST_GAP, base().addEvents(cleanEvent().startDate(LocalDate.of(2024, 3, 30)).blocks(List.of()).registration(Optional.empty())
                .programme(List.of(session("night", SessionFormat.NETWORKING, "23:30", "02:30").endsNextDay(true).build()))
                .build()).build());
        m.put(Rules.DST_OVERLAP, base().addEvents(cleanEvent().startDate(LocalDate.of(2024, 10, 26)).blocks(List.of()).registration(Optional.empty())
                .programme(List.of(session("night", SessionFormat.NETWORKING, "23:30", "02:30").endsNextDay(true).build()))
                .build()).build());
        m.put(Rules.ROOM_DOUBLE_BOOKING, replacing("arrival", s -> s.withRoom(SAAL).withEnd(LocalTime.of(9, 45))));
        m.put(Rules.PERSON_DOUBLE_BOOKING, replacing("ws2", s -> s.withContributions(speaker(ALI))));
        m.put(Rules.PARALLEL_BLOCK, replacing("ws2", s -> s.withStart(LocalTime.of(13, 0))));
        m.put(Rules.AUDIENCE_CAPACITY, replacing("ws2", s -> s.withExpectedAudience(60)));
        m.put(Rules.REGISTRATION_CAPACITY, base().addEvents(cleanEvent()
                .registration(Registration.builder().capacity(230).build()).build()).build());
        m.put(Rules.BREAK_STRETCH, withProgramme(list -> {
            list.removeIf(s -> s.id().value().equals("coffee2"));
            list.replaceAll(s -> s.id().value().equals("closing") ? s.withStart(LocalTime.of(15, 0)).withEnd(LocalTime.of(16, 45)) : s);
            return list;
        }));
        m.put(Rules.LUNCH_BREAK, withProgramme(list -> {
            list.replaceAll(s -> s.id().value().equals("lunch")
                    ? s.withFormat(SessionFormat.COFFEE_BREAK).withEnd(LocalTime.of(12, 45)) : s);
            list.add(session("talk", SessionFormat.TALK, "12:45", "13:30").room(SAAL).build());
            return list;
        }));
        m.put(Rules.MODERATOR, replacing("panel", s -> s.withContributions(s.contributions().subList(0, 2))));
        m.put(Rules.ATTENDANCE_LOCATION, base().addEvents(cleanEvent().attendanceMode(AttendanceMode.HYBRID).build()).build());
        m.put(Rules.REGISTRATION_WINDOW, base().addEvents(cleanEvent().registration(Registration.builder()
                .opens(LocalDateTime.of(2024, 3, 1, 9, 0)).closes(LocalDateTime.of(2024, 5, 10, 12, 0)).build()).build()).build());
        Catalog clean = clean();
        m.put(Rules.AVAILABILITY, clean.withPersonPut(person(SCHULZ, "Schulz").withAvailability(
                Availability.of(LocalDateTime.of(2024, 5, 10, 12, 0), LocalDateTime.of(2024, 5, 10, 18, 0)))));
        m.put(Rules.SERIES_CADENCE, base().addEvents(cleanEvent().build(),
                cleanEvent().id(EventId.of("kongress-2024-b")).title("Kongress 2024, zweite Ausgabe")
                        .venue(VenueId.of("dortmund")).programme(List.of()).blocks(List.of()).build()).build());
        return m;
    }

    static Stream<String> ruleIds() {
        return Rules.all().stream().map(ScheduleRule::id);
    }

    @Test
    void anEventWideModeratorModeratesItsPanels() {
        Catalog unmoderated = scenarios().get(Rules.MODERATOR);
        assertThat(RuleSet.defaults().check(unmoderated).byRule(Rules.MODERATOR)).hasSize(1);
        Event e = unmoderated.events().get(0);
        PersonId moderator = e.programme().stream().flatMap(s -> s.contributions().stream())
                .map(io.github.konvent.people.Contribution::person).findFirst().orElseThrow();
        Catalog moderated = unmoderated.withEventPut(e.withContributions(
                io.github.konvent.people.Contribution.of(moderator, io.github.konvent.people.ContributionRole.MODERATOR)));
        assertThat(RuleSet.defaults().check(moderated).byRule(Rules.MODERATOR)).isEmpty();
    }

    @Test
    void theCleanCongressBreaksNoRule() {
        ScheduleReport report = RuleSet.defaults().check(clean());
        assertThat(report.violations()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void everyBuiltInRuleHasAScenario() {
        assertThat(scenarios().keySet()).containsExactlyInAnyOrderElementsOf(ruleIds().toList());
    }

    @ParameterizedTest
    @MethodSource("ruleIds")
    void eachRuleFindsItsBreakAndOnlyThatRuleDoes(String id) {
        Catalog broken = scenarios().get(id);
        ScheduleReport report = RuleSet.defaults().check(broken);
        assertThat(report.byRule(id)).as(report.toString()).isNotEmpty();
        assertThat(report.violations()).as(report.toString()).allMatch(v -> v.ruleId().equals(id));
        assertThat(RuleSet.defaults().without(id).check(broken).violations()).isEmpty();
        for (Violation v : report.violations()) {
            assertThat(v.severity()).isEqualTo(RuleSet.defaults().severityOf(id));
            assertThat(v.events()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("ruleIds")
    void everyMessageExistsInGermanAndEnglish(String id) {
        for (Violation v : RuleSet.defaults().check(scenarios().get(id)).violations()) {
            assertThat(v.messageDe()).isNotBlank().isNotEqualTo(v.messageEn());
            assertThat(v.messageEn()).isNotBlank();
            assertThat(v.message(Locale.GERMAN)).isEqualTo(v.messageDe());
            assertThat(v.message(Locale.ENGLISH)).isEqualTo(v.messageEn());
            assertThat(v.messageDe()).doesNotContain(" the ", " is ");
            assertThat(v.messageEn()).doesNotContain(" der ", " ist ", " und ");
        }
    }

    @Test
    void roomDoubleBookingNamesRoomSessionsAndTimes() {
        Violation v = RuleSet.defaults().check(scenarios().get(Rules.ROOM_DOUBLE_BOOKING)).errors().get(0);
        assertThat(v.rooms()).containsExactly(SAAL);
        assertThat(v.sessions()).containsExactly(SessionId.of("arrival"), SessionId.of("welcome"));
        assertThat(v.messageEn()).contains("Großer Saal", "09:00–09:45", "09:30–10:00");
        assertThat(v.messageDe()).contains("doppelt belegt");
    }

    @Test
    void aSubItemInsideItsParentIsNoDoubleBooking() {
        Catalog c = withProgramme(list -> {
            list.add(session("sub", SessionFormat.TALK, "11:30", "12:00").room(SAAL).parent(SessionId.of("panel"))
                    .addContributions(Contribution.of(ALI, ContributionRole.SPEAKER)).build());
            return list;
        });
        assertThat(RuleSet.defaults().check(c).violations()).isEmpty();
    }

    @Test
    void aSpeakerAtTwoCongressesInTwoCitiesNeedsTheTravelBuffer() {
        Event dortmund = Event.builder().id(EventId.of("dortmund-2024")).title("Fachtag Dortmund")
                .startDate(LocalDate.of(2024, 5, 10)).venue(VenueId.of("dortmund"))
                .addProgramme(session("talk-do", SessionFormat.TALK, "17:00", "18:00").room(HALLE)
                        .addContributions(speaker(MEIER)).build())
                .build();
        Catalog c = base().addEvents(cleanEvent().build(), dortmund).build();
        ScheduleReport report = RuleSet.defaults().check(c);
        assertThat(report.byRule(Rules.PERSON_DOUBLE_BOOKING)).singleElement().satisfies(v -> {
            assertThat(v.people()).containsExactly(MEIER);
            assertThat(v.sessions()).containsExactly(SessionId.of("closing"), SessionId.of("talk-do"));
            assertThat(v.events()).containsExactly(EventId.of("dortmund-2024"), EVENT);
            assertThat(v.messageEn()).contains("only 60 min", "bonn", "dortmund", "2 h");
        });
        RuleSet shortTrips = RuleSet.defaults().with(Rules.personDoubleBooking(Duration.ofMinutes(45)));
        assertThat(shortTrips.check(c).byRule(Rules.PERSON_DOUBLE_BOOKING)).isEmpty();
        assertThat(RuleSet.defaults().check(dortmund, c).byRule(Rules.PERSON_DOUBLE_BOOKING)).hasSize(1);
    }

    @Test
    void dayBoundsKnowTheNightAfterAndTheDayEnd() {
        Catalog late = replacing("closing", s -> session("closing", SessionFormat.NETWORKING, "23:00", "04:30")
                .endsNextDay(true).build());
        assertThat(RuleSet.defaults().check(late).byRule(Rules.DAY_BOUNDS)).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("ends at 04:30 the next day"));
        Catalog party = replacing("closing", s -> session("closing", SessionFormat.NETWORKING, "22:00", "01:30")
                .endsNextDay(true).build());
        assertThat(RuleSet.defaults().check(party).byRule(Rules.DAY_BOUNDS)).isEmpty();
        Catalog night = base().addEvents(cleanEvent().days(2).programme(List.of(
                session("bar", SessionFormat.NETWORKING, "01:00", "02:00").day(2).build())).blocks(List.of()).build()).build();
        assertThat(RuleSet.defaults().check(night).byRule(Rules.DAY_BOUNDS)).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("night of the day before"));
        RuleSet early = RuleSet.defaults().with(Rules.dayBounds(new DayWindow(LocalTime.of(0, 30), LocalTime.of(23, 0))));
        assertThat(early.check(night).byRule(Rules.DAY_BOUNDS)).isEmpty();
    }

    @Test
    void aBreakWithoutRoomCountsForEveryRoomButARoomsBreakOnlyForThatRoom() {
        Catalog roomBreak = withProgramme(list -> {
            list.removeIf(s -> s.id().value().equals("coffee2"));
            list.replaceAll(s -> s.id().value().equals("closing")
                    ? s.withStart(LocalTime.of(15, 0)).withEnd(LocalTime.of(16, 45)) : s);
            list.add(session("coffee-raum", SessionFormat.COFFEE_BREAK, "14:30", "14:45").room(RAUM).block(WORKSHOPS).build());
            return list;
        });
        ScheduleReport report = RuleSet.defaults().check(roomBreak);
        assertThat(report.byRule(Rules.BREAK_STRETCH)).singleElement()
                .satisfies(v -> assertThat(v.rooms()).containsExactly(SAAL));
    }

    @Test
    void aBiennialSeriesReportsOffYearsAndMissingEditions() {
        SeriesId s = SeriesId.of("nrw");
        List<Event> editions = new ArrayList<>();
        for (int year : new int[] {2013, 2015, 2019, 2020}) {
            editions.add(Event.builder().id(EventId.of("nrw-" + year)).title("Engagementkongress " + year).series(s)
                    .statedYear(year).attendanceMode(AttendanceMode.ONLINE)
                    .online(io.github.konvent.event.OnlineLocation.builder().platform("Zoom").build()).build());
        }
        Catalog c = Fixtures.base().addSeries(EventSeries.builder().id(s).name("Engagementkongress NRW")
                .cadence(Cadence.biennial()).build()).addAllEvents(editions).build();
        List<String> found = RuleSet.defaults().check(c).byRule(Rules.SERIES_CADENCE).stream().map(Violation::messageEn).toList();
        assertThat(found).hasSize(2);
        assertThat(found).anySatisfy(m -> assertThat(m).contains("lacks the edition of 2017"));
        assertThat(found).anySatisfy(m -> assertThat(m).contains("every 2 years", "2020"));
    }

    @Test
    void explicitDatesReportMissingAndStrayEditions() {
        SeriesId s = SeriesId.of("seminare");
        Catalog c = Fixtures.base().addSeries(EventSeries.builder().id(s).name("Seminarreihe")
                        .cadence(Cadence.explicit(LocalDate.of(2021, 4, 28), LocalDate.of(2021, 6, 2))).build())
                .addEvents(Event.builder().id(EventId.of("sem-1")).title("Seminar 1").series(s)
                        .startDate(LocalDate.of(2021, 4, 29)).attendanceMode(AttendanceMode.ONLINE)
                        .online(io.github.konvent.event.OnlineLocation.builder().platform("Zoom").build()).build())
                .build();
        List<String> found = RuleSet.defaults().check(c).byRule(Rules.SERIES_CADENCE).stream().map(Violation::messageEn).toList();
        assertThat(found).anySatisfy(m -> assertThat(m).contains("2021-04-29", "not one of the dates"));
        assertThat(found).anySatisfy(m -> assertThat(m).contains("lacks the edition of the dates [2021-04-28, 2021-06-02]"));
    }

    @Test
    void availabilityWindowsMayBeJoined() {
        Catalog c = clean().withPersonPut(person(SCHULZ, "Schulz").withAvailability(
                Availability.of(LocalDateTime.of(2024, 5, 10, 9, 0), LocalDateTime.of(2024, 5, 10, 10, 30)),
                Availability.of(LocalDateTime.of(2024, 5, 10, 10, 30), LocalDateTime.of(2024, 5, 10, 11, 0))));
        assertThat(RuleSet.defaults().check(c).violations()).isEmpty();
        Session keynote = clean().session(SessionId.of("keynote")).orElseThrow();
        assertThat(keynote.start()).contains(LocalTime.of(10, 0));
        assertThat(keynote.end()).contains(LocalTime.of(11, 0));
        // a one-minute gap between the windows leaves the keynote (10:00-11:00) uncovered
        Catalog gap = clean().withPersonPut(person(SCHULZ, "Schulz").withAvailability(
                Availability.of(LocalDateTime.of(2024, 5, 10, 9, 0), LocalDateTime.of(2024, 5, 10, 10, 30)),
                Availability.of(LocalDateTime.of(2024, 5, 10, 10, 31), LocalDateTime.of(2024, 5, 10, 11, 0))));
        assertThat(RuleSet.defaults().check(gap).byRule(Rules.AVAILABILITY)).singleElement()
                .satisfies(v -> assertThat(v.sessions()).containsExactly(SessionId.of("keynote")));
        LocalDateTime ten = LocalDateTime.of(2024, 5, 10, 10, 0);
        LocalDateTime eleven = LocalDateTime.of(2024, 5, 10, 11, 0);
        List<Availability> joined = List.of(Availability.of(ten.plusMinutes(30), eleven), Availability.of(ten.minusHours(1), ten.plusMinutes(30)));
        assertThat(EventRules.within(joined, ten, eleven)).isTrue();
        assertThat(EventRules.within(joined, ten, eleven.plusMinutes(1))).isFalse();
        assertThat(EventRules.within(List.of(Availability.of(ten.plusMinutes(1), eleven)), ten, eleven)).isFalse();
    }
}
