package io.github.konvent.event;

import io.github.konvent.ModelException;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import io.github.konvent.people.Contribution;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.immutables.value.Value;

/**
 * One event: a congress, conference or seminar date, usually an edition of a series. It holds
 * its programme ({@link Session}s and {@link ParallelBlock}s) and refers to everything else
 * (venue, organisations, people, projects) by id. Dates may be unknown (an announcement without
 * a date); sessions then still carry their day number and local times. Immutable and
 * thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Event implements WithEvent {
    /** @return the event's id */
    public abstract EventId id();

    /** @return the title, e.g. "Kommunalkongress 2024" */
    public abstract String title();

    /** @return a subtitle */
    public abstract Optional<String> subtitle();

    /** @return the edition's theme or motto */
    public abstract Optional<String> theme();

    /** @return a description */
    public abstract Optional<String> description();

    /** @return the kind of event */
    @Value.Default
    public EventType type() {
        return EventType.CONFERENCE;
    }

    /** @return the status */
    @Value.Default
    public EventStatus status() {
        return EventStatus.ANNOUNCED;
    }

    /** @return the series this event is an edition of */
    public abstract Optional<SeriesId> series();

    /** @return the edition number within its series ("zum zweiten Mal" → 2) */
    public abstract Optional<Integer> editionNumber();

    /** @return the year as stated where the date is unknown ("Kommunalkongress 2024") */
    public abstract Optional<Integer> statedYear();

    /** @return the year: the start date's, or else the stated year */
    public Optional<Integer> year() {
        return startDate().map(LocalDate::getYear).or(this::statedYear);
    }

    /** @return the time zone of all local times of this event; Europe/Berlin by default */
    @Value.Default
    public ZoneId zone() {
        return ZoneId.of("Europe/Berlin");
    }

    /** @return the first day, where known */
    public abstract Optional<LocalDate> startDate();

    /** @return the number of days, 1 or more */
    @Value.Default
    public int days() {
        return 1;
    }

    /** @return when each day's programme starts, where stated (e.g. 9.30 Uhr) */
    public abstract Optional<LocalTime> dailyStart();

    /** @return when each day's programme ends, where stated (e.g. 16.30 Uhr) */
    public abstract Optional<LocalTime> dailyEnd();

    /** @return how participants attend */
    @Value.Default
    public AttendanceMode attendanceMode() {
        return AttendanceMode.IN_PERSON;
    }

    /** @return the venue, for in-person and hybrid events */
    public abstract Optional<VenueId> venue();

    /** @return the online location, for online and hybrid events */
    public abstract Optional<OnlineLocation> online();

    /** @return organisations and projects involved, with their roles */
    public abstract List<Involvement> involvements();

    /**
     * @return contributions to the whole event rather than one session: the overall moderation
     *     (Gesamtmoderation), hosts, a patron; each with its role and on whose behalf
     */
    public abstract List<Contribution> contributions();

    /** @return the funding programme this event belongs to (a programme's conference) */
    public abstract Optional<ProgrammeId> fundingProgramme();

    /** @return the programme, in the order announced */
    public abstract List<Session> programme();

    /** @return the parallel blocks of the programme */
    public abstract List<ParallelBlock> blocks();

    /** @return target audiences (Zielgruppe), in the announcement's words */
    public abstract List<String> targetAudiences();

    /** @return topics of the edition */
    public abstract List<String> topics();

    /** @return guiding questions (Leitfragen) of the edition */
    public abstract List<String> guidingQuestions();

    /** @return registration, where anything about it is known */
    public abstract Optional<Registration> registration();

    /** @return the contact person (Ansprechpartner/in) */
    public abstract Optional<PersonId> contact();

    /** @return the event's web page */
    public abstract Optional<URI> website();

    /** @return further links and documents (programme PDF, documentation) */
    public abstract List<Link> links();

    /** @return the number of participants stated by the announcement or a report */
    public abstract Optional<Integer> participantCount();

    /** @return the BCP 47 language of the event; "de" by default */
    @Value.Default
    public String language() {
        return "de";
    }

    /** @return the revision of this aggregate, for optimistic locking and iCalendar SEQUENCE */
    @Value.Default
    public long revision() {
        return 0;
    }

    /** @return the last day, where the start date is known */
    public Optional<LocalDate> endDate() {
        return startDate().map(d -> d.plusDays(days() - 1L));
    }

    /** @return every date of the event, in order; empty when the start date is unknown */
    public List<LocalDate> dates() {
        return startDate()
                .map(d -> IntStream.range(0, days()).mapToObj(d::plusDays).toList())
                .orElse(List.of());
    }

    /**
     * @param day a day number, 1 for the first
     * @return its date, where the start date is known
     */
    public Optional<LocalDate> date(int day) {
        return startDate().map(d -> d.plusDays(day - 1L));
    }

    /**
     * @param session a session of this event
     * @return its local start date-time, where date and start are known
     */
    public Optional<LocalDateTime> startOf(Session session) {
        return date(session.day()).flatMap(d -> session.start().map(d::atTime));
    }

    /**
     * @param session a session of this event
     * @return its local end date-time, where date and end are known
     */
    public Optional<LocalDateTime> endOf(Session session) {
        return date(session.day())
                .flatMap(d -> session.end().map(t -> (session.endsNextDay() ? d.plusDays(1) : d).atTime(t)));
    }

    /**
     * @param id a session id
     * @return the session of that id in this programme
     */
    public Optional<Session> session(SessionId id) {
        return programme().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * @param role a role
     * @return the parties involved in that role, in order
     */
    public List<PartyId> parties(InvolvementRole role) {
        return involvements().stream().filter(i -> i.role() == role).map(Involvement::party).toList();
    }

    /**
     * @return the identifiers other systems gave this event, by scheme, so that an import followed
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
        Checks.texts("Event " + id(), "title", title(), "subtitle", subtitle(), "theme", theme(),
                "description", description(), "targetAudiences", targetAudiences(), "topics", topics(),
                "guidingQuestions", guidingQuestions(), "language", language(), "externalIds", externalIds());
        Checks.date("Event " + id() + " startDate", startDate());
        statedYear().ifPresent(y -> Checks.year("Event " + id() + " statedYear", y));
        Checks.atMost("Event " + id() + " days", days(), io.github.konvent.spi.ReadLimits.MAX_EVENT_DAYS);
        startDate().ifPresent(d -> Checks.date("Event " + id() + " days", d.plusDays(days() - 1L)));
        String self = "Event " + id();
        Checks.notBlank(self + " title", title());
        Checks.externalIds(self + " externalIds", externalIds());
        Checks.atLeast(self + " days", days(), 1);
        Checks.atLeast(self + " revision", revision(), 0);
        editionNumber().ifPresent(n -> Checks.atLeast(self + " editionNumber", n, 1));
        participantCount().ifPresent(n -> Checks.atLeast(self + " participantCount", n, 0));
        if (startDate().isPresent() && statedYear().isPresent()
                && statedYear().get() != startDate().get().getYear()) {
            throw new ModelException(self + " statedYear", statedYear().get().toString(),
                    "the year of the start date " + startDate().get());
        }
        if (dailyStart().isPresent() && dailyEnd().isPresent() && !dailyEnd().get().isAfter(dailyStart().get())) {
            throw new ModelException(self + " dailyEnd", dailyEnd().get().toString(),
                    "a time after dailyStart " + dailyStart().get());
        }
        Checks.unique(self + " programme", programme(), Session::id);
        Checks.unique(self + " blocks", blocks(), ParallelBlock::id);
        Set<BlockId> blockIds = new HashSet<>();
        blocks().forEach(b -> blockIds.add(b.id()));
        Set<SessionId> sessionIds = new HashSet<>();
        if (programme().stream().anyMatch(s -> s.parent().isPresent())) {
            programme().forEach(s -> sessionIds.add(s.id()));
        }
        for (Session s : programme()) {
            if (s.block().isPresent() && !blockIds.contains(s.block().get())) {
                throw new ModelException(self + " session " + s.id() + " block", s.block().get().toString(),
                        "one of the event's blocks " + blockIds);
            }
            if (s.parent().isPresent() && !sessionIds.contains(s.parent().get())) {
                throw new ModelException(self + " session " + s.id() + " parent", s.parent().get().toString(),
                        "a session of the same event");
            }
        }
    }

    /** Builds an {@link Event}. */
    public static final class Builder extends ImmutableEvent.Builder {
        Builder() {}
    }
}
