package io.github.konvent.schedule;

/**
 * One scheduling check with a stable id (such as {@code room-double-booking}) and a default
 * severity. A rule looks at the events of a {@link RuleContext} and reports what it finds to
 * {@link Findings}; it never throws for a bad programme. Built-in rules come from {@link Rules};
 * users write their own and add them to a {@link RuleSet}. Implementations should be immutable.
 */
public interface ScheduleRule {
    /** @return the stable id, lower case with hyphens, e.g. {@code person-double-booking} */
    String id();

    /** @return the severity of this rule's findings unless the rule set re-grades it */
    Severity defaultSeverity();

    /**
     * Checks the events of the context and reports each problem once.
     *
     * @param context what to check: the events in focus, and the catalog around them
     * @param findings where to report
     */
    void check(RuleContext context, Findings findings);
}
