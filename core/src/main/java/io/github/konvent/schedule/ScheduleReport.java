package io.github.konvent.schedule;

import java.util.List;

/**
 * The result of checking a programme or a catalog: every {@link Violation}, in a deterministic
 * order (by event, rule, sessions, message). Valid when there is no error. Immutable and
 * thread-safe.
 */
public final class ScheduleReport {
    private final List<Violation> violations;

    ScheduleReport(List<Violation> violations) {
        this.violations = Violation.sorted(violations);
    }

    /** @return every violation, in report order */
    public List<Violation> violations() {
        return violations;
    }

    /** @return true if no violation is an error */
    public boolean isValid() {
        return errors().isEmpty();
    }

    /** @return the errors */
    public List<Violation> errors() {
        return of(Severity.ERROR);
    }

    /** @return the warnings */
    public List<Violation> warnings() {
        return of(Severity.WARNING);
    }

    /** @return the infos */
    public List<Violation> infos() {
        return of(Severity.INFO);
    }

    /**
     * @param ruleId a rule id
     * @return the violations that rule found
     */
    public List<Violation> byRule(String ruleId) {
        return violations.stream().filter(v -> v.ruleId().equals(ruleId)).toList();
    }

    private List<Violation> of(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).toList();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        violations.forEach(v -> sb.append(v).append('\n'));
        return sb.toString();
    }
}
