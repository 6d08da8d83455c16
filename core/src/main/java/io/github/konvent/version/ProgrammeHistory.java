package io.github.konvent.version;

import io.github.konvent.id.EventId;
import io.github.konvent.id.SessionId;
import io.github.konvent.internal.KonventStyle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The programme versions of one event, oldest first. Calendar feeds use it: a session's
 * {@link #sequenceOf SEQUENCE} is the last version that changed it, and a session removed from the
 * programme is {@link #removed listed as cancelled} for a while instead of vanishing. Immutable
 * and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class ProgrammeHistory implements WithProgrammeHistory {
    /** How long a removed session stays in feeds as cancelled, unless configured otherwise: 90 days. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

    /** @return the event */
    public abstract EventId event();

    /** @return the versions, oldest first */
    public abstract List<ProgrammeVersion> versions();

    /** @return the current version number (0 when nothing was saved) */
    public long current() {
        return versions().isEmpty() ? 0 : versions().get(versions().size() - 1).version();
    }

    /** @return when the current version was saved, or the epoch when nothing was saved */
    public Instant savedAt() {
        return versions().isEmpty() ? Instant.EPOCH : versions().get(versions().size() - 1).savedAt();
    }

    /**
     * @param session a session
     * @return the last version that changed the session (0 if none did since version 1): a number
     *     that grows with every change of the session, for iCalendar's SEQUENCE
     */
    public long sequenceOf(SessionId session) {
        long seq = 0;
        for (ProgrammeVersion v : versions()) {
            for (ProgrammeChange c : v.changes()) {
                if (c.session().equals(session)) {
                    seq = v.version();
                }
            }
        }
        return seq;
    }

    /**
     * @param now the current instant
     * @param retention how long after its removal a removed session is still listed
     * @return the sessions whose last change removed them, removed less than {@code retention}
     *     before {@code now}, with the version that removed them, in order of removal
     */
    public List<Removed> removed(Instant now, Duration retention) {
        Map<SessionId, Removed> last = new LinkedHashMap<>();
        Map<SessionId, Boolean> present = new HashMap<>();
        for (ProgrammeVersion v : versions()) {
            for (ProgrammeChange c : v.changes()) {
                boolean gone = c.is(ChangeKind.REMOVED);
                present.put(c.session(), !gone);
                if (gone) {
                    last.remove(c.session());
                    last.put(c.session(), new Removed(c, v.version(), v.savedAt()));
                }
            }
        }
        List<Removed> out = new ArrayList<>();
        for (Removed r : last.values()) {
            if (!present.getOrDefault(r.change().session(), false) && r.removedAt().plus(retention).isAfter(now)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A session removed from the programme.
     *
     * @param change the change that removed it (its old time and room)
     * @param version the version that removed it
     * @param removedAt when that version was saved
     */
    public record Removed(ProgrammeChange change, long version, Instant removedAt) {}

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ProgrammeHistory}. */
    public static final class Builder extends ImmutableProgrammeHistory.Builder {
        Builder() {}
    }
}
