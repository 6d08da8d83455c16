package io.github.konvent.event;

import io.github.konvent.id.SeriesId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A series of events (Veranstaltungsreihe): an annual congress, a biennial state congress, a
 * seminar series of explicit dates. Its editions are {@link Event}s that name it. Immutable and
 * thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class EventSeries implements WithEventSeries {
    /** @return the series' id */
    public abstract SeriesId id();

    /** @return the name, e.g. "Kommunalkongress" */
    public abstract String name();

    /** @return the standing motto of all editions */
    public abstract Optional<String> motto();

    /** @return a description */
    public abstract Optional<String> description();

    /** @return the rhythm of editions */
    public abstract Cadence cadence();

    /** @return the year of the first edition ("seit 2014") */
    public abstract Optional<Integer> firstYear();

    /** @return organisations and projects involved in every edition, with their roles */
    public abstract List<Involvement> involvements();

    /** @return the usual number of days of an edition */
    public abstract Optional<Integer> typicalDays();

    /** @return the usual attendance mode */
    public abstract Optional<AttendanceMode> typicalAttendanceMode();

    /** @return the attendance modes editions may have ("digitale oder hybride Formate möglich") */
    public abstract Set<AttendanceMode> possibleAttendanceModes();

    /** @return true if theme and place change from edition to edition */
    @Value.Default
    public boolean changingThemeAndPlace() {
        return false;
    }

    /** @return topics the series covers */
    public abstract List<String> topics();

    /** @return target audiences, in the announcement's words */
    public abstract List<String> targetAudiences();

    /** @return aims of the series */
    public abstract List<String> aims();

    /**
     * @return guiding questions (Leitfragen) that every edition of the series addresses, e.g.
     *     "Wie sieht die Zukunft des bürgerschaftlichen Engagements in den Kommunen aus?"; an
     *     edition's own questions are {@link Event#guidingQuestions()}
     */
    public abstract List<String> guidingQuestions();

    /** @return the series' web page */
    public abstract Optional<URI> website();

    /** @return the revision of this aggregate */
    @Value.Default
    public long revision() {
        return 0;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("EventSeries " + id(), "name", name(), "motto", motto(), "description", description(),
                "topics", topics(), "targetAudiences", targetAudiences(), "aims", aims(), "guidingQuestions", guidingQuestions());
        firstYear().ifPresent(y -> Checks.year("EventSeries " + id() + " firstYear", y));
        typicalDays().ifPresent(d -> Checks.atMost("EventSeries " + id() + " typicalDays", d, io.github.konvent.spi.ReadLimits.MAX_EVENT_DAYS));
        Checks.notBlank("EventSeries " + id() + " name", name());
        typicalDays().ifPresent(d -> Checks.atLeast("EventSeries " + id() + " typicalDays", d, 1));
        Checks.atLeast("EventSeries " + id() + " revision", revision(), 0);
    }

    /** Builds an {@link EventSeries}. */
    public static final class Builder extends ImmutableEventSeries.Builder {
        Builder() {}
    }
}
