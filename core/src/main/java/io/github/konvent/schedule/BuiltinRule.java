package io.github.konvent.schedule;

import java.util.Objects;

/** A rule of {@link Rules}: an id, a default severity and the check itself. */
final class BuiltinRule implements ScheduleRule {
    /** The check of a built-in rule. */
    interface Check {
        void run(RuleContext context, Findings findings);
    }

    private final String id;
    private final Severity severity;
    private final Check check;
    private final String options;

    BuiltinRule(String id, Severity severity, String options, Check check) {
        this.id = Objects.requireNonNull(id);
        this.severity = Objects.requireNonNull(severity);
        this.options = options;
        this.check = check;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity defaultSeverity() {
        return severity;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        check.run(context, findings);
    }

    @Override
    public String toString() {
        return id + (options.isEmpty() ? "" : " " + options);
    }
}
