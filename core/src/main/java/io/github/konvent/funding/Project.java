package io.github.konvent.funding;

import io.github.konvent.ModelException;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project: usually a funded joint project (Verbundprojekt) of a funding programme with a
 * consortium of partners, one of them the lead; also an accompanying research project
 * (Begleitvorhaben) or a practice project an event presents. Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Project implements WithProject {
    /** @return the project's id */
    public abstract ProjectId id();

    /** @return the acronym, e.g. "KuDeQua" */
    public abstract Optional<String> acronym();

    /** @return the full title; the acronym where no title is known */
    public abstract String title();

    /** @return the kind */
    @Value.Default
    public ProjectKind kind() {
        return ProjectKind.JOINT_PROJECT;
    }

    /** @return a description of what it does */
    public abstract Optional<String> description();

    /** @return the funding programme, where it has one */
    public abstract Optional<ProgrammeId> programme();

    /** @return the consortium; when not empty, exactly one member is the lead */
    public abstract List<ConsortiumMember> consortium();

    /** @return places the project works in (districts, regions), in the announcement's words */
    public abstract List<String> places();

    /** @return model municipalities (Modellkommunen) as organisations */
    public abstract List<OrganizationId> municipalities();

    /** @return the first day */
    public abstract Optional<LocalDate> start();

    /** @return the last day */
    public abstract Optional<LocalDate> end();

    /** @return grant reference numbers (Förderkennzeichen) */
    public abstract List<String> grantReferences();

    /** @return topics */
    public abstract List<String> topics();

    /** @return the project's web site */
    public abstract Optional<URI> website();

    /** @return the revision of this aggregate */
    @Value.Default
    public long revision() {
        return 0;
    }

    /** @return the lead member, when the consortium is known */
    public Optional<ConsortiumMember> leadMember() {
        return consortium().stream().filter(ConsortiumMember::lead).findFirst();
    }

    /** @return the organisations of the consortium, lead first */
    public List<OrganizationId> partners() {
        return consortium().stream()
                .sorted((a, b) -> Boolean.compare(b.lead(), a.lead()))
                .map(ConsortiumMember::organization)
                .toList();
    }

    /** @return the acronym where there is one, the title otherwise */
    public String displayName() {
        return acronym().orElse(title());
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("Project " + id(), "acronym", acronym(), "title", title(), "description", description(),
                "places", places(), "grantReferences", grantReferences(), "topics", topics());
        Checks.date("Project " + id() + " start", start());
        Checks.date("Project " + id() + " end", end());
        String self = "Project " + id();
        Checks.notBlank(self + " title", title());
        acronym().ifPresent(a -> Checks.notBlank(self + " acronym", a));
        Checks.unique(self + " consortium", consortium(), ConsortiumMember::organization);
        long leads = consortium().stream().filter(ConsortiumMember::lead).count();
        if (!consortium().isEmpty() && leads != 1) {
            throw new ModelException(self + " consortium", leads + " leads", "exactly one lead");
        }
        if (start().isPresent() && end().isPresent() && end().get().isBefore(start().get())) {
            throw new ModelException(self + " end", end().get().toString(), "a date not before the start " + start().get());
        }
    }

    /** Builds a {@link Project}. */
    public static final class Builder extends ImmutableProject.Builder {
        Builder() {}
    }
}
