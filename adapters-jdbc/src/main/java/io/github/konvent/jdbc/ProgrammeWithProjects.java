package io.github.konvent.jdbc;

import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import java.util.List;
import java.util.Objects;

/**
 * A funding programme with its projects, saved or loaded together by {@link JdbcCatalogStore}.
 *
 * @param programme the funding programme
 * @param projects its projects
 */
public record ProgrammeWithProjects(FundingProgramme programme, List<Project> projects) {
    /** Checks and copies the parts. */
    public ProgrammeWithProjects {
        Objects.requireNonNull(programme, "programme");
        projects = List.copyOf(projects);
    }
}
