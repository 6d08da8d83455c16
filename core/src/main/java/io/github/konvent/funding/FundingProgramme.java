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
 * A funding programme (Fördermaßnahme, Förderprogramm) such as "Kommunen innovativ": its
 * funders, period, thematic focuses and accompanying research project. Its projects name it
 * with {@link Project#programme()}. Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class FundingProgramme implements WithFundingProgramme {
    /** @return the programme's id */
    public abstract ProgrammeId id();

    /** @return the name */
    public abstract String name();

    /** @return a description */
    public abstract Optional<String> description();

    /** @return the funders (Förderer), e.g. a federal ministry */
    public abstract List<OrganizationId> funders();

    /** @return the framework it belongs to (Rahmenprogramm, Leitinitiative) */
    public abstract Optional<String> framework();

    /** @return the first day of the funding period */
    public abstract Optional<LocalDate> start();

    /** @return the last day of the funding period */
    public abstract Optional<LocalDate> end();

    /** @return thematic focuses (Themenschwerpunkte) */
    public abstract List<String> focuses();

    /** @return the accompanying research project (Begleitvorhaben) */
    public abstract Optional<ProjectId> accompanyingResearch();

    /** @return how many projects the programme funds, as stated (the catalog may hold fewer) */
    public abstract Optional<Integer> statedProjectCount();

    /** @return the programme's web site */
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
        Checks.texts("FundingProgramme " + id(), "name", name(), "description", description(), "framework", framework(),
                "focuses", focuses());
        Checks.date("FundingProgramme " + id() + " start", start());
        Checks.date("FundingProgramme " + id() + " end", end());
        Checks.notBlank("FundingProgramme " + id() + " name", name());
        statedProjectCount().ifPresent(n -> Checks.atLeast("FundingProgramme " + id() + " statedProjectCount", n, 0));
        if (start().isPresent() && end().isPresent() && end().get().isBefore(start().get())) {
            throw new ModelException("FundingProgramme " + id() + " end", end().get().toString(),
                    "a date not before the start " + start().get());
        }
    }

    /** Builds a {@link FundingProgramme}. */
    public static final class Builder extends ImmutableFundingProgramme.Builder {
        Builder() {}
    }
}
