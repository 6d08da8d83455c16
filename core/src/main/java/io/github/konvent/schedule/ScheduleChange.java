package io.github.konvent.schedule;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import java.util.List;

/**
 * What replacing one event changes in a catalog's {@link ScheduleReport}: the findings that go
 * and the findings that come ({@link CatalogChecker#replace(Event)}). Findings that stay the same
 * are in neither list. Immutable and thread-safe.
 */
public final class ScheduleChange {
    private final CatalogChecker checker;
    private final Event event;
    private final List<Violation> dropped;
    private final List<Violation> added;
    private volatile ScheduleReport report;
    private volatile Catalog catalog;

    ScheduleChange(CatalogChecker checker, Event event, List<Violation> dropped, List<Violation> added) {
        this.checker = checker;
        this.event = event;
        this.dropped = dropped;
        this.added = added;
    }

    /** @return the new version of the event */
    public Event event() {
        return event;
    }

    /** @return the findings of the old catalog that the change removes, in report order */
    public List<Violation> dropped() {
        return dropped;
    }

    /** @return the findings the change adds, in report order */
    public List<Violation> added() {
        return added;
    }

    /** @return true if the report stays as it is */
    public boolean isEmpty() {
        return dropped.isEmpty() && added.isEmpty();
    }

    /** @return the full report of the catalog with the event in place (computed on first use) */
    public ScheduleReport report() {
        ScheduleReport r = report;
        if (r == null) {
            r = new ScheduleReport(checker.apply(dropped, added));
            report = r;
        }
        return r;
    }

    /**
     * @return the catalog with the event in place, built on first use (which checks every reference
     *     again); it keeps the rules' columnar view, made from the old catalog's by rebuilding only
     *     this event's part
     */
    public Catalog catalog() {
        Catalog c = catalog;
        if (c == null) {
            synchronized (this) {
                c = catalog;
                if (c == null) {
                    c = checker.catalog().withEventPut(event);
                    checker.offerViews(c, event);
                    catalog = c;
                }
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return "ScheduleChange " + event.id() + ": -" + dropped.size() + " +" + added.size();
    }
}
