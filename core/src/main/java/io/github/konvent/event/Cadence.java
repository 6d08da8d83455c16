package io.github.konvent.event;

import io.github.konvent.ModelException;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rhythm of an event series: annual, biennial, a list of explicit dates, or irregular.
 * Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Cadence implements WithCadence {
    /** @return the kind of rhythm */
    public abstract CadenceKind kind();

    /** @return the dates of a series of explicit dates, in order; empty for every other kind */
    public abstract List<LocalDate> dates();

    /** @return the years between editions: 1 for annual, 2 for biennial, empty otherwise */
    public Optional<Integer> intervalYears() {
        switch (kind()) {
            case ANNUAL:
                return Optional.of(1);
            case BIENNIAL:
                return Optional.of(2);
            default:
                return Optional.empty();
        }
    }

    /** @return an annual cadence */
    public static Cadence annual() {
        return builder().kind(CadenceKind.ANNUAL).build();
    }

    /** @return a biennial cadence */
    public static Cadence biennial() {
        return builder().kind(CadenceKind.BIENNIAL).build();
    }

    /** @return an irregular cadence */
    public static Cadence irregular() {
        return builder().kind(CadenceKind.IRREGULAR).build();
    }

    /**
     * @param dates the dates, in ascending order
     * @return a cadence of these explicit dates
     */
    public static Cadence explicit(LocalDate... dates) {
        return builder().kind(CadenceKind.EXPLICIT_DATES).addDates(dates).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        dates().forEach(d -> Checks.date("Cadence.dates", d));
        if (kind() == CadenceKind.EXPLICIT_DATES && dates().isEmpty()) {
            throw new ModelException("Cadence.dates", "no dates", "at least one date for EXPLICIT_DATES");
        }
        if (kind() != CadenceKind.EXPLICIT_DATES && !dates().isEmpty()) {
            throw new ModelException("Cadence.dates", dates().toString(), "no dates for " + kind());
        }
        for (int i = 1; i < dates().size(); i++) {
            if (!dates().get(i).isAfter(dates().get(i - 1))) {
                throw new ModelException("Cadence.dates[" + i + "]", dates().get(i).toString(),
                        "a date after " + dates().get(i - 1));
            }
        }
    }

    /** Builds a {@link Cadence}. */
    public static final class Builder extends ImmutableCadence.Builder {
        Builder() {}
    }
}
