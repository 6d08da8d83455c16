package io.github.konvent.event;

import io.github.konvent.ModelException;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A programme item (Programmpunkt) of an event: a keynote, a panel, a workshop, a break. Its
 * times are local times on a day of the event (day 1 is the event's first day), because many
 * announcements give times before, or without, a date. Start and end may each be unknown; an end
 * may be given or derived (see {@link #endDerived()}). A session that crosses midnight says so
 * with {@link #endsNextDay()}. Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Session implements WithSession {
    /** @return the session's id, unique within a catalog */
    public abstract SessionId id();

    /** @return the title; for untitled items the format's wording, e.g. "Mittagspause" */
    public abstract String title();

    /** @return the format */
    public abstract SessionFormat format();

    /** @return the announcement's own wording of the format, e.g. "Videoexkursion mit Diskussion" */
    public abstract Optional<String> formatLabel();

    /** @return a description */
    public abstract Optional<String> description();

    /** @return the day of the event, 1 for the first */
    @Value.Default
    public int day() {
        return 1;
    }

    /** @return the local start time, where known */
    public abstract Optional<LocalTime> start();

    /** @return the local end time, where known (on the next day if {@link #endsNextDay()}) */
    public abstract Optional<LocalTime> end();

    /** @return true if the end lies on the day after the start (a session across midnight) */
    @Value.Default
    public boolean endsNextDay() {
        return false;
    }

    /** @return true if the end was derived (e.g. from the next item's start), false if given */
    @Value.Default
    public boolean endDerived() {
        return false;
    }

    /** @return the room; empty for plenary items without a named room, or when unknown */
    public abstract Optional<RoomId> room();

    /** @return the parallel block this session belongs to */
    public abstract Optional<BlockId> block();

    /** @return the session this one is part of (a presentation inside a results slot) */
    public abstract Optional<SessionId> parent();

    /** @return the number of a numbered item, e.g. workshop 3 */
    public abstract Optional<Integer> number();

    /** @return true if attendance is optional (a technical introduction) */
    @Value.Default
    public boolean optional() {
        return false;
    }

    /** @return true if part of the side programme (Rahmenprogramm), such as guided tours */
    @Value.Default
    public boolean sideProgramme() {
        return false;
    }

    /** @return guiding questions (Leitfragen) of the session */
    public abstract List<String> guidingQuestions();

    /** @return topics (Themen) */
    public abstract List<String> topics();

    /** @return who contributes, in which role, on whose behalf */
    public abstract List<Contribution> contributions();

    /** @return organisations or projects that present in this session (not only persons) */
    public abstract List<PartyId> presenters();

    /** @return the expected audience, where the planners state one */
    public abstract Optional<Integer> expectedAudience();

    /**
     * @return the planned length, for a session still to be placed (no start or end yet); a
     *     planner such as konvent-solver uses it, and the times' own length where both are known
     */
    public abstract Optional<Duration> plannedDuration();

    /** @return true if the session is placed and a planner must not move it (it needs a start) */
    @Value.Default
    public boolean pinned() {
        return false;
    }

    /**
     * @return when the session should preferably take place (local date-times in the event's
     *     zone, like {@link Availability}); empty means no preference. A planner treats it as a
     *     wish, the rules do not check it
     */
    public abstract List<Availability> preferredTimes();

    /** @return the length, when start and end are both known */
    public Optional<Duration> duration() {
        if (start().isEmpty() || end().isEmpty()) {
            return Optional.empty();
        }
        Duration d = Duration.between(start().get(), end().get());
        return Optional.of(endsNextDay() ? d.plusDays(1) : d);
    }

    /**
     * @param role a role
     * @return the people contributing in that role, in order
     */
    public List<PersonId> people(ContributionRole role) {
        return contributions().stream()
                .filter(c -> c.role() == role)
                .map(Contribution::person)
                .toList();
    }

    /**
     * @return the identifiers other systems gave this session, by scheme, so that an import followed
     *     by an export keeps them (e.g. {@code c3voc.guid}, {@code c3voc.code}, {@code ical.uid});
     *     see docs/ARCHITECTURE.md for the schemes in use
     */
    public abstract Map<String, String> externalIds();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        // the names of fields are made only for a failure: this check runs for every session read
        String self = "Session " + id();
        Checks.texts(self, "title", title(), "formatLabel", formatLabel(), "description", description(),
                "guidingQuestions", guidingQuestions(), "topics", topics(), "externalIds", externalIds());
        if (day() > io.github.konvent.spi.ReadLimits.MAX_EVENT_DAYS) {
            Checks.atMost(self + " day", day(), io.github.konvent.spi.ReadLimits.MAX_EVENT_DAYS);
        }
        if (title().isBlank()) {
            Checks.notBlank(self + " title", title());
        }
        if (!externalIds().isEmpty()) {
            Checks.externalIds(self + " externalIds", externalIds());
        }
        if (day() < 1) {
            Checks.atLeast(self + " day", day(), 1);
        }
        number().ifPresent(n -> Checks.atLeast(self + " number", n, 1));
        expectedAudience().ifPresent(n -> Checks.atLeast(self + " expectedAudience", n, 0));
        if (start().isPresent() && end().isPresent() && !endsNextDay() && !end().get().isAfter(start().get())) {
            throw new ModelException("Session " + id() + " end", end().get().toString(),
                    "a time after the start " + start().get() + " (or endsNextDay for a session across midnight)");
        }
        if (endsNextDay() && (start().isEmpty() || end().isEmpty())) {
            throw new ModelException("Session " + id() + " endsNextDay", "true without start and end",
                    "both start and end when the session crosses midnight");
        }
        if (endDerived() && end().isEmpty()) {
            throw new ModelException("Session " + id() + " endDerived", "true without an end", "an end to be derived");
        }
        if (plannedDuration().isPresent()
                && (plannedDuration().get().isNegative() || plannedDuration().get().isZero()
                        || plannedDuration().get().compareTo(Duration.ofDays(1)) > 0)) {
            throw new ModelException("Session " + id() + " plannedDuration", plannedDuration().get().toString(),
                    "a positive duration of at most 24 h");
        }
        if (pinned() && start().isEmpty()) {
            throw new ModelException("Session " + id() + " pinned", "true without a start",
                    "a start for a pinned session (it stays where it is)");
        }
        if (parent().filter(id()::equals).isPresent()) {
            throw new ModelException("Session " + id() + " parent", id().toString(), "another session");
        }
    }

    /** Builds a {@link Session}. */
    public static final class Builder extends ImmutableSession.Builder {
        Builder() {}
    }
}
