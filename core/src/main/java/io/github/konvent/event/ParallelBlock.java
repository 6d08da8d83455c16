package io.github.konvent.event;

import io.github.konvent.ModelException;
import io.github.konvent.id.BlockId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A time window in which several sessions run in parallel, each in its own room; a participant
 * attends one of them. Sessions name their block with {@link Session#block()}. Immutable and
 * thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class ParallelBlock implements WithParallelBlock {
    /** @return the block's id, unique within its event */
    public abstract BlockId id();

    /** @return a label, e.g. "Workshopphase I" */
    public abstract Optional<String> label();

    /** @return the day of the event, 1 for the first */
    @Value.Default
    public int day() {
        return 1;
    }

    /** @return when the block starts, where known */
    public abstract Optional<LocalTime> start();

    /** @return when the block ends, where known */
    public abstract Optional<LocalTime> end();

    /** @return how many sessions the announcement says run in parallel, where stated */
    public abstract Optional<Integer> announcedSessionCount();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("ParallelBlock " + id(), "label", label());
        Checks.atMost("ParallelBlock " + id() + " day", day(), io.github.konvent.spi.ReadLimits.MAX_EVENT_DAYS);
        Checks.atLeast("ParallelBlock " + id() + " day", day(), 1);
        if (start().isPresent() && end().isPresent() && !end().get().isAfter(start().get())) {
            throw new ModelException("ParallelBlock " + id() + " end", end().get().toString(),
                    "a time after the start " + start().get());
        }
    }

    /** Builds a {@link ParallelBlock}. */
    public static final class Builder extends ImmutableParallelBlock.Builder {
        Builder() {}
    }
}
