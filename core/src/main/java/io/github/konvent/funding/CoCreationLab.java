package io.github.konvent.funding;

import io.github.konvent.id.EventId;
import io.github.konvent.id.LabId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A co-creation lab (Labor sozialer Innovation): a standing format in which administration and
 * civil society develop services together. Hosted by a municipality, usually part of a project,
 * it meets in lab sessions, which are events. Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class CoCreationLab implements WithCoCreationLab {
    /** @return the lab's id */
    public abstract LabId id();

    /** @return the name */
    public abstract String name();

    /** @return what the lab is for */
    public abstract Optional<String> purpose();

    /** @return the hosting municipality */
    public abstract Optional<OrganizationId> hostMunicipality();

    /** @return the project the lab belongs to */
    public abstract Optional<ProjectId> project();

    /** @return partners taking part (administration, civil society, research) */
    public abstract List<OrganizationId> partners();

    /** @return the lab's sessions, as events */
    public abstract List<EventId> labSessions();

    /** @return topics */
    public abstract List<String> topics();

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
        Checks.texts("CoCreationLab " + id(), "name", name(), "purpose", purpose(), "topics", topics());
        Checks.notBlank("CoCreationLab " + id() + " name", name());
    }

    /** Builds a {@link CoCreationLab}. */
    public static final class Builder extends ImmutableCoCreationLab.Builder {
        Builder() {}
    }
}
