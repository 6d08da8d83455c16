package io.github.konvent.schedule;

import static io.github.konvent.schedule.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Availability;
import io.github.konvent.event.Event;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Registration;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edges of each rule: exactly at a limit nothing is reported, one step beyond it is. */
class RuleBoundariesTest {
    static List<Violation> found(Catalog c, String rule) {
        return RuleSet.defaults().check(c).byRule(rule);
    }

    static Catalog withEvent(Event.Builder b) {
        return base().addEvents(b.build()).build();
    }

    @Test
    void audienceEqualToCapacityFits() {
        assertThat(found(replacing("ws2", s -> s.withExpectedAudience(40)), Rules.AUDIENCE_CAPACITY)).isEmpty();
        assertThat(found(replacing("ws2", s -> s.withExpectedAudience(41)), Rules.AUDIENCE_CAPACITY)).hasSize(1);
    }

    @Test
    void registrationCapacityAgainstPlenaryRoomAndBlockRooms() {
        assertThat(found(withEvent(cleanEvent().registration(Registration.builder().capacity(200).build())),
                Rules.REGISTRATION_CAPACITY)).isEmpty();
        List<Violation> v = found(withEvent(cleanEvent().registration(Registration.builder().capacity(241).build())),
                Rules.REGISTRATION_CAPACITY);
        assertThat(v).hasSize(2);
        assertThat(v).anySatisfy(x -> {
            assertThat(x.rooms()).containsExactly(RAUM, SAAL);
            assertThat(x.sessions()).containsExactly(SessionId.of("ws1"), SessionId.of("ws2"));
            assertThat(x.messageEn()).contains("hold only 240 people together");
        });
        assertThat(v).anySatisfy(x -> assertThat(x.sessions()).containsExactly(SessionId.of("closing"),
                SessionId.of("keynote"), SessionId.of("panel"), SessionId.of("welcome")));
        assertThat(found(withEvent(cleanEvent().registration(Registration.builder().capacity(240).build())),
                Rules.REGISTRATION_CAPACITY)).hasSize(1);
    }

    @Test
    void blockWithoutTimesNeedsMembersThatOverlapAndDistinctRooms() {
        Catalog apart = base().addEvents(cleanEvent().blocks(List.of(ParallelBlock.builder().id(WORKSHOPS).build()))
                .programme(List.of(
                        session("ws1", SessionFormat.WORKSHOP, "13:30", "14:00").room(SAAL).block(WORKSHOPS).build(),
                        session("ws2", SessionFormat.WORKSHOP, "14:00", "15:00").room(RAUM).block(WORKSHOPS).build()))
                .build()).build();
        assertThat(found(apart, Rules.PARALLEL_BLOCK)).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("do not run in parallel"));
        Catalog together = base().addEvents(cleanEvent().blocks(List.of(ParallelBlock.builder().id(WORKSHOPS).build()))
                .programme(List.of(
                        session("ws1", SessionFormat.WORKSHOP, "13:30", "14:01").room(SAAL).block(WORKSHOPS).build(),
                        session("ws2", SessionFormat.WORKSHOP, "14:00", "15:00").room(SAAL).block(WORKSHOPS).build()))
                .build()).build();
        assertThat(found(together, Rules.PARALLEL_BLOCK)).singleElement().satisfies(v -> {
            assertThat(v.rooms()).containsExactly(SAAL);
            assertThat(v.messageEn()).contains("2 sessions share the room");
        });
        assertThat(found(replacing("ws2", s -> s.withEnd(LocalTime.of(15, 1))), Rules.PARALLEL_BLOCK)).hasSize(1);
        assertThat(found(replacing("ws2", s -> s.withDay(1).withStart(LocalTime.of(13, 30))), Rules.PARALLEL_BLOCK)).isEmpty();
        Catalog after = replacing("ws2", s -> session("ws2", SessionFormat.WORKSHOP, "15:00", "15:10").room(RAUM)
                .block(WORKSHOPS).build());
        assertThat(found(after, Rules.PARALLEL_BLOCK)).hasSize(1);
    }

    @Test
    void eventDaysForBlocksAndTheLastDay() {
        Catalog twoDays = withEvent(cleanEvent().days(2).programme(List.of(
                session("d2", SessionFormat.TALK, "10:00", "11:00").day(2).build())).blocks(List.of()));
        assertThat(found(twoDays, Rules.EVENT_DAYS)).isEmpty();
        Catalog block = withEvent(cleanEvent().addBlocks(ParallelBlock.builder().id(BlockId.of("late")).day(2).build()));
        assertThat(found(block, Rules.EVENT_DAYS)).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("parallel block", "day 2", "only 1 day"));
    }

    @Test
    void timeOrderEdges() {
        Catalog long25 = replacing("closing", s -> session("closing", SessionFormat.NETWORKING, "15:15", "16:15")
                .endsNextDay(true).build());
        assertThat(found(long25, Rules.TIME_ORDER)).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("more than 24 hours"));
        Catalog exactly24 = replacing("closing", s -> session("closing", SessionFormat.NETWORKING, "15:15", "15:15")
                .endsNextDay(true).build());
        assertThat(found(exactly24, Rules.TIME_ORDER)).isEmpty();
        Catalog insideEdges = withProgramme(l -> {
            l.add(session("sub", SessionFormat.TALK, "11:15", "12:30").parent(SessionId.of("panel")).build());
            return l;
        });
        assertThat(found(insideEdges, Rules.TIME_ORDER)).isEmpty();
        Catalog early = withProgramme(l -> {
            l.add(session("sub", SessionFormat.TALK, "11:14", "11:30").parent(SessionId.of("panel")).build());
            return l;
        });
        assertThat(found(early, Rules.TIME_ORDER)).hasSize(1);
        Catalog late = withProgramme(l -> {
            l.add(session("sub", SessionFormat.TALK, "12:00", "12:31").parent(SessionId.of("panel")).build());
            return l;
        });
        assertThat(found(late, Rules.TIME_ORDER)).hasSize(1);
        Catalog otherDay = base().addEvents(cleanEvent().days(2).programme(List.of(
                session("p", SessionFormat.TALK, "10:00", "11:00").build(),
                session("c", SessionFormat.TALK, "10:00", "11:00").day(2).parent(SessionId.of("p")).build()))
                .blocks(List.of()).build()).build();
        assertThat(found(otherDay, Rules.TIME_ORDER)).hasSize(1);
    }

    @Test
    void dayBoundsEdges() {
        assertThat(found(replacing("arrival", s -> s.withStart(LocalTime.of(7, 0))), Rules.DAY_BOUNDS)).isEmpty();
        Catalog justAfter = replacing("closing", s -> session("closing", SessionFormat.NETWORKING, "23:00", "04:00")
                .endsNextDay(true).build());
        assertThat(found(justAfter, Rules.DAY_BOUNDS)).isEmpty();
        RuleSet evening = RuleSet.defaults().with(Rules.dayBounds(new DayWindow(LocalTime.of(8, 0), LocalTime.of(16, 0))));
        assertThat(evening.check(clean()).byRule(Rules.DAY_BOUNDS)).isEmpty();
        assertThat(evening.check(replacing("closing", s -> s.withEnd(LocalTime.of(16, 1)))).byRule(Rules.DAY_BOUNDS))
                .singleElement().satisfies(v -> assertThat(v.messageEn()).contains("ends at 16:01, after"));
        assertThat(evening.check(replacing("arrival", s -> s.withStart(LocalTime.of(7, 59)))).byRule(Rules.DAY_BOUNDS))
                .singleElement().satisfies(v -> assertThat(v.messageEn()).contains("before the day begins at 08:00"));
    }

    @Test
    void lunchEdges() {
        Catalog shortLunch = replacing("lunch", s -> s.withFormat(SessionFormat.COFFEE_BREAK).withEnd(LocalTime.of(13, 0)));
        assertThat(found(shortLunch, Rules.LUNCH_BREAK)).isEmpty();
        Catalog gapLunch = withProgramme(l -> {
            l.removeIf(s -> s.id().value().equals("lunch"));
            return l;
        });
        assertThat(found(gapLunch, Rules.LUNCH_BREAK)).isEmpty();
        Catalog halfDay = withEvent(cleanEvent().blocks(List.of()).programme(List.of(
                session("a", SessionFormat.TALK, "09:00", "11:30").build(),
                session("b", SessionFormat.TALK, "11:30", "14:59").build())));
        assertThat(found(halfDay, Rules.LUNCH_BREAK)).isEmpty();
        Catalog fullDay = withEvent(cleanEvent().blocks(List.of()).programme(List.of(
                session("a", SessionFormat.TALK, "09:00", "11:30").build(),
                session("b", SessionFormat.TALK, "11:30", "13:00").build(),
                session("c", SessionFormat.TALK, "13:29", "15:00").build())));
        assertThat(found(fullDay, Rules.LUNCH_BREAK)).hasSize(1);
        Catalog exactLunchGap = withEvent(cleanEvent().blocks(List.of()).programme(List.of(
                session("a", SessionFormat.TALK, "09:00", "11:30").build(),
                session("b", SessionFormat.TALK, "11:30", "13:00").build(),
                session("c", SessionFormat.TALK, "13:30", "15:00").build())));
        assertThat(found(exactLunchGap, Rules.LUNCH_BREAK)).isEmpty();
        Catalog afternoon = withEvent(cleanEvent().blocks(List.of()).programme(List.of(
                session("a", SessionFormat.TALK, "14:30", "21:00").build())));
        assertThat(found(afternoon, Rules.LUNCH_BREAK)).isEmpty();
        Catalog morning = withEvent(cleanEvent().blocks(List.of()).programme(List.of(
                session("a", SessionFormat.TALK, "05:30", "11:30").build())));
        assertThat(found(morning, Rules.LUNCH_BREAK)).isEmpty();
        Catalog lateLunch = withEvent(cleanEvent().blocks(List.of()).programme(List.of(
                session("a", SessionFormat.TALK, "09:00", "14:10").build(),
                session("l", SessionFormat.COFFEE_BREAK, "14:10", "14:40").build(),
                session("c", SessionFormat.TALK, "14:40", "16:00").build())));
        assertThat(found(lateLunch, Rules.LUNCH_BREAK)).hasSize(1);
    }

    @Test
    void breakStretchEdges() {
        Catalog exactly3h = withEvent(cleanEvent().blocks(List.of()).programme(List.of(
                session("a", SessionFormat.TALK, "09:00", "10:30").build(),
                session("b", SessionFormat.TALK, "10:30", "12:00").build(),
                session("l", SessionFormat.LUNCH_BREAK, "12:00", "13:00").build(),
                session("c", SessionFormat.TALK, "13:14", "16:14").build())));
        assertThat(found(exactly3h, Rules.BREAK_STRETCH)).isEmpty();
        Catalog gap14 = withEvent(cleanEvent().blocks(List.of()).programme(List.of(
                session("a", SessionFormat.TALK, "09:00", "10:30").build(),
                session("b", SessionFormat.TALK, "10:44", "12:01").build(),
                session("l", SessionFormat.LUNCH_BREAK, "12:01", "13:00").build())));
        assertThat(found(gap14, Rules.BREAK_STRETCH)).singleElement().satisfies(v -> {
            assertThat(v.messageEn()).contains("from 09:00", "until 12:01", "181 min");
            assertThat(v.sessions()).containsExactly(SessionId.of("a"), SessionId.of("b"));
        });
        Catalog gap15 = withEvent(cleanEvent().blocks(List.of()).programme(List.of(
                session("a", SessionFormat.TALK, "09:00", "10:30").build(),
                session("b", SessionFormat.TALK, "10:45", "12:01").build(),
                session("l", SessionFormat.LUNCH_BREAK, "12:01", "13:00").build())));
        assertThat(found(gap15, Rules.BREAK_STRETCH)).isEmpty();
        Catalog optionalIntro = withEvent(cleanEvent().blocks(List.of()).programme(List.of(
                session("intro", SessionFormat.TECHNICAL_INTRO, "08:50", "09:00").optional(true).build(),
                session("a", SessionFormat.TALK, "09:00", "12:00").build(),
                session("l", SessionFormat.LUNCH_BREAK, "12:00", "13:00").build())));
        assertThat(found(optionalIntro, Rules.BREAK_STRETCH)).isEmpty();
    }

    @Test
    void moderatorOnTheParentCountsAndDiscussionRoundsNeedOne() {
        Catalog sub = withProgramme(l -> {
            l.replaceAll(s -> s.id().value().equals("panel") ? s.withFormat(SessionFormat.TALK) : s);
            l.add(session("round", SessionFormat.DISCUSSION_ROUND, "11:45", "12:30").parent(SessionId.of("panel")).build());
            return l;
        });
        assertThat(found(sub, Rules.MODERATOR)).isEmpty();
        Catalog alone = withProgramme(l -> {
            l.add(session("round", SessionFormat.DISCUSSION_ROUND, "16:00", "16:30").build());
            return l;
        });
        assertThat(found(alone, Rules.MODERATOR)).singleElement().satisfies(v -> {
            assertThat(v.messageEn()).startsWith("The discussion round");
            assertThat(v.messageDe()).startsWith("Die Diskussionsrunde");
        });
    }

    @Test
    void attendanceModesAndRooms() {
        OnlineLocation zoom = OnlineLocation.builder().platform("Zoom").build();
        assertThat(found(withEvent(cleanEvent().attendanceMode(AttendanceMode.HYBRID).online(zoom)), Rules.ATTENDANCE_LOCATION))
                .isEmpty();
        assertThat(found(withEvent(cleanEvent().online(zoom)), Rules.ATTENDANCE_LOCATION)).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("names an online location"));
        assertThat(found(withEvent(cleanEvent().venue(Optional.empty())), Rules.ATTENDANCE_LOCATION)).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("in-person event", "has no venue"));
        List<Violation> online = found(withEvent(cleanEvent().attendanceMode(AttendanceMode.ONLINE)), Rules.ATTENDANCE_LOCATION);
        assertThat(online).extracting(Violation::messageEn).anySatisfy(m -> assertThat(m).contains("has no online location"))
                .anySatisfy(m -> assertThat(m).contains("names a venue"))
                .anySatisfy(m -> assertThat(m).contains("but the event is online"));
        assertThat(found(withEvent(cleanEvent().venue(VenueId.of("dortmund"))), Rules.ATTENDANCE_LOCATION))
                .isNotEmpty().allSatisfy(v -> assertThat(v.messageEn()).contains("not part of the venue \"Kongresshalle\""));
    }

    @Test
    void registrationWindowEdges() {
        Registration.Builder r = Registration.builder();
        assertThat(found(withEvent(cleanEvent().registration(r.opens(LocalDateTime.of(2024, 5, 1, 0, 0))
                .closes(LocalDateTime.of(2024, 5, 1, 0, 0)).build())), Rules.REGISTRATION_WINDOW)).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("before it opens"));
        assertThat(found(withEvent(cleanEvent().registration(Registration.builder()
                .closes(LocalDateTime.of(2024, 5, 10, 9, 0)).build())), Rules.REGISTRATION_WINDOW)).isEmpty();
        assertThat(found(withEvent(cleanEvent().registration(Registration.builder()
                .opens(LocalDateTime.of(2024, 5, 10, 9, 1)).build())), Rules.REGISTRATION_WINDOW)).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("opens on 2024-05-10 09:01"));
        Event.Builder noTimes = cleanEvent().programme(List.of()).blocks(List.of()).dailyStart(Optional.empty())
                .dailyEnd(Optional.empty());
        assertThat(found(withEvent(noTimes.registration(Registration.builder()
                .closes(LocalDateTime.of(2024, 5, 10, 23, 0)).build())), Rules.REGISTRATION_WINDOW)).isEmpty();
        assertThat(found(withEvent(noTimes.registration(Registration.builder()
                .closes(LocalDateTime.of(2024, 5, 11, 0, 0)).build())), Rules.REGISTRATION_WINDOW)).hasSize(1);
        assertThat(found(withEvent(cleanEvent().startDate(Optional.empty()).statedYear(2024)), Rules.REGISTRATION_WINDOW))
                .isEmpty();
    }

    @Test
    void availabilityOfRoomsAndUnsortedWindows() {
        Room saal = Room.builder().id(SAAL).name("Großer Saal").capacity(200)
                .addAvailability(Availability.of(LocalDateTime.of(2024, 5, 10, 12, 0), LocalDateTime.of(2024, 5, 10, 18, 0)),
                        Availability.of(LocalDateTime.of(2024, 5, 10, 8, 0), LocalDateTime.of(2024, 5, 10, 12, 0)))
                .build();
        Catalog c = Catalog.builder().from(clean()).venues(List.of(
                Venue.builder().id(VenueId.of("bonn")).name("Haus der Stadt")
                        .addRooms(saal, Room.builder().id(RAUM).name("Raum 2").capacity(40).build()).build(),
                clean().venue(VenueId.of("dortmund")).orElseThrow())).build();
        assertThat(found(c, Rules.AVAILABILITY)).isEmpty();
        Room short1 = saal.withAvailability(Availability.of(LocalDateTime.of(2024, 5, 10, 9, 0),
                LocalDateTime.of(2024, 5, 10, 15, 59)));
        Catalog d = Catalog.builder().from(c).venues(List.of(
                Venue.builder().id(VenueId.of("bonn")).name("Haus der Stadt")
                        .addRooms(short1, Room.builder().id(RAUM).name("Raum 2").capacity(40).build()).build(),
                clean().venue(VenueId.of("dortmund")).orElseThrow())).build();
        assertThat(found(d, Rules.AVAILABILITY)).singleElement().satisfies(v -> {
            assertThat(v.rooms()).containsExactly(SAAL);
            assertThat(v.sessions()).containsExactly(SessionId.of("closing"));
            assertThat(v.messageEn()).startsWith("The room Großer Saal (saal) is not available");
        });
    }

    @Test
    void violationsAreOrderedAndCopied() {
        Violation v = new Violation("x", Severity.INFO, "de", "en", List.of(EventId.of("b"), EventId.of("a"), EventId.of("a")),
                List.of(), List.of(), List.of());
        assertThat(v.events()).containsExactly(EventId.of("a"), EventId.of("b"));
        assertThat(v.withSeverity(Severity.ERROR).severity()).isEqualTo(Severity.ERROR);
        assertThat(v.toString()).contains("INFO", "x", "en");
        Violation w = new Violation("a", Severity.INFO, "de", "en", List.of(EventId.of("a")), List.of(), List.of(), List.of());
        Violation u = new Violation("a", Severity.INFO, "de", "en", List.of(EventId.of("a")), List.of(SessionId.of("s")),
                List.of(), List.of());
        assertThat(Violation.sorted(List.of(v, u, w))).containsExactly(v, w, u);
        assertThat(new ScheduleReport(List.of(v, w)).toString()).contains("INFO x").contains("INFO a");
    }

    static Session none() {
        return null;
    }

    static LocalDate day() {
        return LocalDate.of(2024, 5, 10);
    }
}
