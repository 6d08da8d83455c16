package io.github.konvent.schedule;

import io.github.konvent.ModelException;
import java.time.Duration;
import java.util.List;

/**
 * The built-in {@link ScheduleRule}s, each with its stable id. {@link RuleSet#defaults()} holds
 * all of them with default options; the factories taking options make configured copies to put
 * into a rule set with {@link RuleSet#with(ScheduleRule)}. docs/RULES.md describes every rule.
 */
public final class Rules {
    /** Id of {@link #timeOrder()}. */
    public static final String TIME_ORDER = "time-order";
    /** Id of {@link #eventDays()}. */
    public static final String EVENT_DAYS = "event-days";
    /** Id of {@link #dayBounds(DayWindow)}. */
    public static final String DAY_BOUNDS = "day-bounds";
    /** Id of {@link #dstGap()}. */
    public static final String DST_GAP = "dst-gap";
    /** Id of {@link #dstOverlap()}. */
    public static final String DST_OVERLAP = "dst-overlap";
    /** Id of {@link #roomDoubleBooking()}. */
    public static final String ROOM_DOUBLE_BOOKING = "room-double-booking";
    /** Id of {@link #personDoubleBooking(Duration)}. */
    public static final String PERSON_DOUBLE_BOOKING = "person-double-booking";
    /** Id of {@link #parallelBlock()}. */
    public static final String PARALLEL_BLOCK = "parallel-block";
    /** Id of {@link #audienceCapacity()}. */
    public static final String AUDIENCE_CAPACITY = "audience-capacity";
    /** Id of {@link #registrationCapacity()}. */
    public static final String REGISTRATION_CAPACITY = "registration-capacity";
    /** Id of {@link #breakStretch(BreakPolicy)}. */
    public static final String BREAK_STRETCH = "break-stretch";
    /** Id of {@link #lunchBreak(BreakPolicy)}. */
    public static final String LUNCH_BREAK = "lunch-break";
    /** Id of {@link #moderator()}. */
    public static final String MODERATOR = "moderator";
    /** Id of {@link #attendanceLocation()}. */
    public static final String ATTENDANCE_LOCATION = "attendance-location";
    /** Id of {@link #registrationWindow()}. */
    public static final String REGISTRATION_WINDOW = "registration-window";
    /** Id of {@link #availability()}. */
    public static final String AVAILABILITY = "availability";
    /** Id of {@link #seriesCadence()}. */
    public static final String SERIES_CADENCE = "series-cadence";

    /** The travel buffer of the default person rule: 2 hours between venues in different cities. */
    public static final Duration DEFAULT_TRAVEL_BUFFER = Duration.ofHours(2);

    private Rules() {}

    /** @return every built-in rule with its default options, in documentation order */
    public static List<ScheduleRule> all() {
        return List.of(timeOrder(), eventDays(), dayBounds(DayWindow.defaults()), dstGap(), dstOverlap(),
                roomDoubleBooking(), personDoubleBooking(DEFAULT_TRAVEL_BUFFER), parallelBlock(), audienceCapacity(),
                registrationCapacity(), breakStretch(BreakPolicy.defaults()), lunchBreak(BreakPolicy.defaults()),
                moderator(), attendanceLocation(), registrationWindow(), availability(), seriesCadence());
    }

    /** @return a session's end lies after its start (at most 24 h later), sub-items lie within their parent */
    public static ScheduleRule timeOrder() {
        return new BuiltinRule(TIME_ORDER, Severity.ERROR, "", TimeRules::timeOrder);
    }

    /** @return sessions and parallel blocks lie on one of the event's days */
    public static ScheduleRule eventDays() {
        return new BuiltinRule(EVENT_DAYS, Severity.ERROR, "", TimeRules::eventDays);
    }

    /**
     * @param window the hours a programme day may use
     * @return sessions start and end within the day window
     */
    public static ScheduleRule dayBounds(DayWindow window) {
        return new BuiltinRule(DAY_BOUNDS, Severity.WARNING, window.toString(), (c, f) -> TimeRules.dayBounds(c, f, window));
    }

    /** @return no start or end falls into a gap of the event's zone (spring DST change) */
    public static ScheduleRule dstGap() {
        return new BuiltinRule(DST_GAP, Severity.ERROR, "", (c, f) -> TimeRules.zoneTransitions(c, f, true));
    }

    /** @return no start or end falls into an overlap of the event's zone (autumn DST change) */
    public static ScheduleRule dstOverlap() {
        return new BuiltinRule(DST_OVERLAP, Severity.WARNING, "", (c, f) -> TimeRules.zoneTransitions(c, f, false));
    }

    /** @return no room holds two sessions at once (sub-items inside their parent excepted) */
    public static ScheduleRule roomDoubleBooking() {
        return new BuiltinRule(ROOM_DOUBLE_BOOKING, Severity.ERROR, "", OverlapRules::rooms);
    }

    /**
     * @param travelBuffer the least time between two sessions of one person at venues in different cities
     * @return no person is in two sessions at once, or too close in two cities
     */
    public static ScheduleRule personDoubleBooking(Duration travelBuffer) {
        if (travelBuffer.isNegative()) {
            throw new ModelException("Rules.personDoubleBooking travelBuffer", travelBuffer.toString(),
                    "a duration of zero or more");
        }
        return new BuiltinRule(PERSON_DOUBLE_BOOKING, Severity.ERROR, "travelBuffer=" + travelBuffer,
                (c, f) -> OverlapRules.people(c, f, travelBuffer));
    }

    /** @return members of a parallel block lie within its window, run in parallel and use distinct rooms */
    public static ScheduleRule parallelBlock() {
        return new BuiltinRule(PARALLEL_BLOCK, Severity.ERROR, "", ProgrammeRules::parallelBlocks);
    }

    /** @return a session's expected audience fits its room */
    public static ScheduleRule audienceCapacity() {
        return new BuiltinRule(AUDIENCE_CAPACITY, Severity.WARNING, "", ProgrammeRules::audienceCapacity);
    }

    /** @return plenary rooms and the rooms of each parallel block hold everyone who may register */
    public static ScheduleRule registrationCapacity() {
        return new BuiltinRule(REGISTRATION_CAPACITY, Severity.WARNING, "", ProgrammeRules::registrationCapacity);
    }

    /**
     * @param policy how long a stretch may be and what counts as a break
     * @return no stretch of programme is longer than the policy allows without a break
     */
    public static ScheduleRule breakStretch(BreakPolicy policy) {
        return new BuiltinRule(BREAK_STRETCH, Severity.WARNING, policy.toString(), (c, f) -> ProgrammeRules.breaks(c, f, policy));
    }

    /**
     * @param policy the lunch window and what a full day is
     * @return every full day has a lunch break within the lunch window
     */
    public static ScheduleRule lunchBreak(BreakPolicy policy) {
        return new BuiltinRule(LUNCH_BREAK, Severity.WARNING, policy.toString(), (c, f) -> ProgrammeRules.lunch(c, f, policy));
    }

    /** @return panels and discussion rounds have a moderator (on the item, the item it is part of, or the whole event) */
    public static ScheduleRule moderator() {
        return new BuiltinRule(MODERATOR, Severity.WARNING, "", ProgrammeRules::moderators);
    }

    /** @return the attendance mode matches venue and online location; session rooms belong to the venue */
    public static ScheduleRule attendanceLocation() {
        return new BuiltinRule(ATTENDANCE_LOCATION, Severity.WARNING, "", EventRules::attendance);
    }

    /** @return registration opens before it closes, and both happen before the event begins */
    public static ScheduleRule registrationWindow() {
        return new BuiltinRule(REGISTRATION_WINDOW, Severity.ERROR, "", EventRules::registrationWindow);
    }

    /** @return people and rooms with availability windows are used only within them */
    public static ScheduleRule availability() {
        return new BuiltinRule(AVAILABILITY, Severity.ERROR, "", EventRules::availability);
    }

    /** @return editions of annual, biennial and explicit-date series fall where the cadence says, once each */
    public static ScheduleRule seriesCadence() {
        return new BuiltinRule(SERIES_CADENCE, Severity.WARNING, "", EventRules::cadence);
    }
}
