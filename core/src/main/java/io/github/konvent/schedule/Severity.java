package io.github.konvent.schedule;

/** How serious a {@link Violation} is; a report with any {@link #ERROR} is not valid. */
public enum Severity {
    /** The programme is inconsistent and should not be published as it is. */
    ERROR,
    /** Probably a problem; a planner should look at it. */
    WARNING,
    /** Worth knowing; no action needed. */
    INFO
}
