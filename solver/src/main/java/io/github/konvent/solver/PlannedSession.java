package io.github.konvent.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.SessionId;
import java.util.List;
import java.util.Set;

/**
 * A session as the planner sees it: a planning entity whose start ({@link #getSlot()}) and room
 * ({@link #getRoom()}) the solver chooses, unless it is pinned (placed sessions that stay put).
 * Mutable, for Timefold; not for use outside the planner and its tests.
 */
@PlanningEntity
public class PlannedSession {
    private String id;
    private SessionId sessionId;
    private String title;
    private SessionFormat format;
    private int duration;
    private List<PlanPerson> people;
    private List<String> topics;
    private int audience;
    private boolean plenary;
    private PlanBlock block;
    private boolean pinned;
    private boolean blocker;
    private boolean subItem;
    private TimeSlot publishedSlot;
    private PlanRoom publishedRoom;
    private List<int[]> preferred;
    private PlanSettings settings;
    private TimeSlot slot;
    private PlanRoom room;
    private List<Participation> participations;
    private List<Participation> topicMarks;
    private Set<TimeSlot> starts;

    /** For Timefold's solution cloner. */
    public PlannedSession() {}

    /**
     * @param sessionId the session's id
     * @param title its title
     * @param format its format
     * @param duration its length in minutes
     * @param people the people taking part
     * @param topics its topics
     * @param audience the expected audience, 0 when unknown
     * @param plenary true for a keynote or plenary item that belongs in the largest room
     * @param settings weights and planning hours
     */
    public PlannedSession(SessionId sessionId, String title, SessionFormat format, int duration, List<PlanPerson> people,
            List<String> topics, int audience, boolean plenary, PlanSettings settings) {
        this.id = sessionId.toString();
        this.sessionId = sessionId;
        this.title = title;
        this.format = format;
        this.duration = duration;
        this.people = List.copyOf(people);
        this.topics = List.copyOf(topics);
        this.audience = audience;
        this.plenary = plenary;
        this.settings = settings;
        this.preferred = List.of();
    }

    /** @return the id, for Timefold */
    @PlanningId
    public String getId() {
        return id;
    }

    /** @return the session's id */
    public SessionId sessionId() {
        return sessionId;
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the format */
    public SessionFormat format() {
        return format;
    }

    /** @return the length in minutes */
    public int duration() {
        return duration;
    }

    /** @return the people taking part */
    public List<PlanPerson> people() {
        return people;
    }

    /** @return the topics */
    public List<String> topics() {
        return topics;
    }

    /** @return the expected audience, 0 when unknown */
    public int audience() {
        return audience;
    }

    /** @return true for a keynote or plenary item that belongs in the largest room */
    public boolean plenary() {
        return plenary;
    }

    /** @return the settings */
    public PlanSettings settings() {
        return settings;
    }

    /** @return the parallel block, or null */
    public PlanBlock block() {
        return block;
    }

    /**
     * @param block the parallel block, or null
     * @return this
     */
    public PlannedSession withBlock(PlanBlock block) {
        this.block = block;
        return this;
    }

    /** @return true if the solver must not move this session */
    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    /**
     * Pins the session at a start and room.
     *
     * @param at its start
     * @param in its room, or null for an item without a room
     * @param blocks true if it is a plenary item without a room (a break) that no other session may overlap
     * @param inside true if it is a sub-item of another session
     * @return this
     */
    public PlannedSession pinnedAt(TimeSlot at, PlanRoom in, boolean blocks, boolean inside) {
        this.pinned = true;
        this.slot = at;
        this.room = in;
        this.blocker = blocks;
        this.subItem = inside;
        return this;
    }

    /** @return true if pinned, roomless, and overlapped by no other session (a plenary break) */
    public boolean blocker() {
        return blocker;
    }

    /** @return true if a sub-item of another session */
    public boolean subItem() {
        return subItem;
    }

    /**
     * @param at the published start, or null
     * @param in the published room, or null
     * @return this
     */
    public PlannedSession publishedAt(TimeSlot at, PlanRoom in) {
        this.publishedSlot = at;
        this.publishedRoom = in;
        return this;
    }

    /** @return the published start, or null */
    public TimeSlot publishedSlot() {
        return publishedSlot;
    }

    /** @return the published room, or null */
    public PlanRoom publishedRoom() {
        return publishedRoom;
    }

    /**
     * @param windows preferred windows in minutes (pairs from–until)
     * @return this
     */
    public PlannedSession preferring(List<int[]> windows) {
        this.preferred = List.copyOf(windows);
        return this;
    }

    /**
     * Restricts the starts the solver tries: those where the session fits its day, its block,
     * the pinned breaks and its people's availability on its own (see {@link Problem}).
     *
     * @param fitting the starts, or null for every start
     * @return this
     */
    PlannedSession startingAt(Set<TimeSlot> fitting) {
        this.starts = fitting == null ? null : Set.copyOf(fitting);
        return this;
    }

    /**
     * @param at a start
     * @return true if the solver may try that start (the session fits there on its own)
     */
    boolean fits(TimeSlot at) {
        return at == null || starts == null || starts.contains(at);
    }

    /** @return how many starts the solver may try, {@link Integer#MAX_VALUE} when not restricted */
    int startCount() {
        return starts == null ? Integer.MAX_VALUE : starts.size();
    }

    /** @return the start, or null when not placed */
    @PlanningVariable(valueRangeProviderRefs = "slots", allowsUnassigned = true)
    public TimeSlot getSlot() {
        return slot;
    }

    /** @param slot the start, or null */
    public void setSlot(TimeSlot slot) {
        this.slot = slot;
    }

    /** @return the room, or null */
    @PlanningVariable(valueRangeProviderRefs = "rooms", allowsUnassigned = true)
    public PlanRoom getRoom() {
        return room;
    }

    /** @param room the room, or null */
    public void setRoom(PlanRoom room) {
        this.room = room;
    }

    // ---- derived, for the constraints ----------------------------------------------------------

    /** @return true if the solver may move it */
    public boolean movable() {
        return !pinned;
    }

    /** @return true if it has a start and (unless pinned) a room */
    public boolean placed() {
        return slot != null && (room != null || pinned);
    }

    /** @return the start in minutes (see {@link TimeSlot#absolute()}); only when placed */
    public int start() {
        return slot.absolute();
    }

    /** @return the end in minutes; only when placed */
    public int end() {
        return slot.absolute() + duration;
    }

    /** @return the day; only when placed */
    public int day() {
        return slot.day();
    }

    /**
     * @param other another session
     * @return how many people take part in both
     */
    public int sharedPeople(PlannedSession other) {
        int n = 0;
        for (PlanPerson p : people) {
            if (other.people.contains(p)) {
                n++;
            }
        }
        return n;
    }

    /**
     * @return one participation per person, made for this instance (the solution cloner copies
     *     the field, so a clone makes its own on first use)
     */
    List<Participation> participations() {
        List<Participation> own = participations;
        if (own == null || (!own.isEmpty() && own.get(0).session() != this)) {
            own = people.stream().map(p -> new Participation(this, p)).toList();
            participations = own;
        }
        return own;
    }

    /** @return one mark per topic, made for this instance (as {@link #participations()}) */
    List<Participation> topicMarks() {
        List<Participation> own = topicMarks;
        if (own == null || (!own.isEmpty() && own.get(0).session() != this)) {
            own = topics.stream().map(t -> new Participation(this, t)).toList();
            topicMarks = own;
        }
        return own;
    }

    /**
     * @param other another session
     * @return true if both have a topic in common
     */
    public boolean sharesTopic(PlannedSession other) {
        for (String t : topics) {
            if (other.topics.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param other another session
     * @return the people taking part in both
     */
    public List<PlanPerson> commonPeople(PlannedSession other) {
        return people.stream().filter(other.people::contains).toList();
    }

    /**
     * @param other another session
     * @return the topics both have
     */
    public List<String> commonTopics(PlannedSession other) {
        return topics.stream().filter(other.topics::contains).toList();
    }

    /** @return the people not available throughout its time; only when placed */
    public List<PlanPerson> unavailablePeople() {
        int from = start();
        int to = end();
        return people.stream().filter(p -> !p.available(from, to)).toList();
    }

    /** @return how many minutes it runs past the day's end; only when placed */
    public int overrun() {
        int dayEnd = (day() - 1) * Minutes.DAY + settings.dayEndMinute();
        return Math.max(0, end() - dayEnd);
    }

    /** @return how many minutes it lies outside its block's day and window (60 on another day) */
    public int outsideBlock() {
        if (block == null) {
            return 0;
        }
        if (block.day() != day()) {
            return 60 + duration;
        }
        if (!block.timed()) {
            return 0;
        }
        int from = (block.day() - 1) * Minutes.DAY + block.fromMinute();
        int to = (block.day() - 1) * Minutes.DAY + block.toMinute();
        return Math.max(0, from - start()) + Math.max(0, end() - to);
    }

    /** @return true if it has preferred times and lies outside them; only when placed */
    public boolean offPreferred() {
        return !preferred.isEmpty() && !Minutes.within(preferred, start(), end());
    }

    /** @return true if placed elsewhere than in the published version (false without one) */
    public boolean moved() {
        return publishedSlot != null && placed()
                && (publishedSlot.absolute() != slot.absolute() || publishedRoom != room);
    }

    /** @return true if placed on another day than in the published version */
    public boolean movedDay() {
        return moved() && publishedSlot.day() != slot.day();
    }

    /** @return „title“ (id) */
    public String de() {
        return "„" + title + "“ (" + id + ")";
    }

    /** @return "title" (id) */
    public String en() {
        return "\"" + title + "\" (" + id + ")";
    }

    /** @return day, time and room, for English messages */
    public String where() {
        return where("day ");
    }

    /** @return day, time and room, for German messages */
    public String whereDe() {
        return where("Tag ");
    }

    private String where(String day) {
        if (slot == null) {
            return "-";
        }
        return day + slot.day() + " " + Minutes.clock(slot.minuteOfDay()) + "–" + Minutes.clock(slot.minuteOfDay() + duration)
                + (room == null ? "" : ", " + room);
    }

    @Override
    public String toString() {
        return id + "@" + where();
    }
}
