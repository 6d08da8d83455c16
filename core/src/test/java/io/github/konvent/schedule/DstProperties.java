package io.github.konvent.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Around the last Sundays of March and October in Europe/Berlin: times in the spring gap are
 * errors, times in the autumn overlap warnings, all other times nothing; and room overlaps across
 * the change agree with real elapsed time.
 */
class DstProperties {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static LocalDate lastSunday(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }

    static Catalog night(LocalDate firstDay, LocalTime start, LocalTime end, boolean nextDay) {
        Session s = Session.builder().id(SessionId.of("s")).title("Nacht").format(SessionFormat.NETWORKING)
                .start(start).end(end).endsNextDay(nextDay).build();
        return Catalog.builder().addEvents(Event.builder().id(EventId.of("e")).title("E").startDate(firstDay)
                .attendanceMode(io.github.konvent.event.AttendanceMode.ONLINE)
                .online(io.github.konvent.event.OnlineLocation.builder().build())
                .addProgramme(s).build()).build();
    }

    static RuleSet dst() {
        return RuleSet.of(Rules.dstGap(), Rules.dstOverlap());
    }

    @Test
    void startsOnTheDaysOfChangeAreReportedExactlyWhenTheyDoNotExistOrExistTwice() {
        qt().withExamples(150).forAll(integers().between(1990, 2060), booleans().all(), integers().between(0, 22 * 4))
                .checkAssert(DstProperties::startsOnTheDaysOfChange);
    }

    static void startsOnTheDaysOfChange(int year, boolean spring, int quarter) {
        LocalDate day = lastSunday(year, spring ? 3 : 10);
        LocalTime start = LocalTime.of(0, 0).plusMinutes(15L * quarter);
        LocalTime end = start.plusMinutes(60);
        ScheduleReport report = dst().check(night(day, start, end, false));
        int startOffsets = BERLIN.getRules().getValidOffsets(LocalDateTime.of(day, start)).size();
        int endOffsets = BERLIN.getRules().getValidOffsets(LocalDateTime.of(day, end)).size();
        int gaps = (startOffsets == 0 ? 1 : 0) + (endOffsets == 0 ? 1 : 0);
        int overlaps = (startOffsets == 2 ? 1 : 0) + (endOffsets == 2 ? 1 : 0);
        assertThat(report.byRule(Rules.DST_GAP)).hasSize(gaps);
        assertThat(report.byRule(Rules.DST_OVERLAP)).hasSize(overlaps);
        boolean inWindow = start.getHour() == 2 || end.getHour() == 2 && end.getMinute() > 0 || end.getHour() == 2;
        if (year >= 1996) {
            assertThat(gaps + overlaps > 0).isEqualTo(inWindow);
            assertThat(spring ? overlaps : gaps).isZero();
        }
    }

    @Test
    void aNightAcrossTheChangeIsCheckedOnTheFollowingDate() {
        qt().withExamples(100).forAll(integers().between(1996, 2060), booleans().all())
                .checkAssert(DstProperties::nightAcrossTheChange);
    }

    static void nightAcrossTheChange(int year, boolean spring) {
        LocalDate saturday = lastSunday(year, spring ? 3 : 10).minusDays(1);
        ScheduleReport report = dst().check(night(saturday, LocalTime.of(22, 0), LocalTime.of(2, 30), true));
        assertThat(report.byRule(spring ? Rules.DST_GAP : Rules.DST_OVERLAP)).hasSize(1);
        assertThat(report.violations()).hasSize(1);
        ScheduleReport fine = dst().check(night(saturday, LocalTime.of(22, 0), LocalTime.of(3, 30), true));
        assertThat(fine.violations()).isEmpty();
    }

    @Test
    void roomOverlapsAcrossTheChangeFollowElapsedTime() {
        qt().withExamples(100).forAll(integers().between(1996, 2060), booleans().all(), integers().between(0, 16),
                        integers().between(0, 16))
                .checkAssert(DstProperties::roomOverlapsAcrossTheChange);
    }

    static void roomOverlapsAcrossTheChange(int year, boolean spring, int firstEndQuarter, int secondStartQuarter) {
        LocalDate day = lastSunday(year, spring ? 3 : 10);
        LocalTime firstEnd = LocalTime.of(1, 0).plusMinutes(15L * firstEndQuarter + 15);
        LocalTime secondStart = LocalTime.of(1, 0).plusMinutes(15L * secondStartQuarter);
        RoomId room = RoomId.of("saal");
        Session a = Session.builder().id(SessionId.of("a")).title("A").format(SessionFormat.TALK).room(room)
                .start(LocalTime.of(1, 0)).end(firstEnd).build();
        Session b = Session.builder().id(SessionId.of("b")).title("B").format(SessionFormat.TALK).room(room)
                .start(secondStart).end(LocalTime.of(6, 0)).build();
        Catalog c = Catalog.builder()
                .addVenues(io.github.konvent.event.Venue.builder().id(io.github.konvent.id.VenueId.of("v")).name("V")
                        .addRooms(io.github.konvent.event.Room.builder().id(room).name("Saal").build()).build())
                .addEvents(Event.builder().id(EventId.of("e")).title("E").startDate(day).addProgramme(a, b).build())
                .build();
        long aEnd = LocalDateTime.of(day, firstEnd).atZone(BERLIN).toEpochSecond();
        long bStart = LocalDateTime.of(day, secondStart).atZone(BERLIN).toEpochSecond();
        long aStart = LocalDateTime.of(day, LocalTime.of(1, 0)).atZone(BERLIN).toEpochSecond();
        long bEnd = LocalDateTime.of(day, LocalTime.of(6, 0)).atZone(BERLIN).toEpochSecond();
        boolean overlap = aStart < bEnd && bStart < aEnd;
        ScheduleReport report = RuleSet.of(Rules.roomDoubleBooking()).check(c);
        assertThat(report.byRule(Rules.ROOM_DOUBLE_BOOKING)).hasSize(overlap ? 1 : 0);
    }
}
