package io.github.konvent.schedule;

import io.github.konvent.Catalog;
import io.github.konvent.ModelException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.people.Contribution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A set of {@link ScheduleRule}s with their severities, checked together on a catalog or on one
 * event. Before checking, missing end times are derived with {@link EndTimes} (unless switched
 * off), so that programmes with start times only can be checked too. Immutable and thread-safe:
 * every change returns a new rule set.
 *
 * <pre>{@code
 * ScheduleReport report = RuleSet.defaults().without(Rules.LUNCH_BREAK).check(catalog);
 * if (!report.isValid()) { report.errors().forEach(v -> System.out.println(v.messageEn())); }
 * }</pre>
 */
public final class RuleSet {
    private final Map<String, ScheduleRule> rules;
    private final Map<String, Severity> grades;
    private final Optional<Duration> endDerivation;

    private RuleSet(Map<String, ScheduleRule> rules, Map<String, Severity> grades, Optional<Duration> endDerivation) {
        this.rules = rules;
        this.grades = grades;
        this.endDerivation = endDerivation;
    }

    /** @return every built-in rule ({@link Rules#all()}) with default options and severities */
    public static RuleSet defaults() {
        return of(Rules.all().toArray(new ScheduleRule[0]));
    }

    /**
     * @param rules rules, each id once
     * @return a rule set of exactly these rules
     */
    public static RuleSet of(ScheduleRule... rules) {
        RuleSet set = new RuleSet(Map.of(), Map.of(), Optional.of(EndTimes.DEFAULT_DURATION));
        for (ScheduleRule r : rules) {
            if (set.rules.containsKey(r.id())) {
                throw new ModelException("RuleSet rules", "the id '" + r.id() + "' twice", "each rule id once");
            }
            set = set.with(r);
        }
        return set;
    }

    /**
     * @param rule a rule; replaces a rule of the same id, keeping that id's re-grading
     * @return a rule set with that rule
     */
    public RuleSet with(ScheduleRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (rule.id() == null || !rule.id().matches("[a-z0-9][a-z0-9.-]*")) {
            throw new ModelException("ScheduleRule.id", String.valueOf(rule.id()), "lower-case letters, digits, '-' and '.'");
        }
        Objects.requireNonNull(rule.defaultSeverity(), "defaultSeverity of rule " + rule.id());
        Map<String, ScheduleRule> next = new LinkedHashMap<>(rules);
        next.put(rule.id(), rule);
        return new RuleSet(next, grades, endDerivation);
    }

    /**
     * @param ruleId the id of a rule in this set
     * @return a rule set without it
     */
    public RuleSet without(String ruleId) {
        require(ruleId);
        Map<String, ScheduleRule> next = new LinkedHashMap<>(rules);
        next.remove(ruleId);
        Map<String, Severity> g = new LinkedHashMap<>(grades);
        g.remove(ruleId);
        return new RuleSet(next, g, endDerivation);
    }

    /**
     * @param ruleId the id of a rule in this set
     * @param severity the severity its findings get from now on
     * @return a rule set with that rule re-graded
     */
    public RuleSet regrade(String ruleId, Severity severity) {
        require(ruleId);
        Objects.requireNonNull(severity, "severity");
        Map<String, Severity> g = new LinkedHashMap<>(grades);
        g.put(ruleId, severity);
        return new RuleSet(rules, g, endDerivation);
    }

    /**
     * @param defaultDuration the length of a day's last item when the event has no daily end
     * @return a rule set that derives missing ends with that default before checking
     */
    public RuleSet withEndDerivation(Duration defaultDuration) {
        EndTimes.derive(Event.builder().id(io.github.konvent.id.EventId.of("probe")).title("probe").build(), defaultDuration);
        return new RuleSet(rules, grades, Optional.of(defaultDuration));
    }

    /** @return a rule set that checks sessions as given, without deriving missing ends */
    public RuleSet withoutEndDerivation() {
        return new RuleSet(rules, grades, Optional.empty());
    }

    /** @return the rules, in the order added */
    public List<ScheduleRule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * @param ruleId the id of a rule in this set
     * @return the severity its findings get
     */
    public Severity severityOf(String ruleId) {
        require(ruleId);
        return grades.getOrDefault(ruleId, rules.get(ruleId).defaultSeverity());
    }

    /**
     * Checks every event of a catalog, and what lies between events (people at two events, series).
     *
     * @param catalog a catalog
     * @return the report
     */
    public ScheduleReport check(Catalog catalog) {
        // the columnar view (with derived ends) is kept with the catalog: later checks reuse it
        Columns columns = Columns.of(catalog, endDerivation);
        return run(new RuleContext(catalog, columns.events, List.of(), catalog.events()).withColumns(columns));
    }

    /**
     * Checks one event against a catalog: its own programme, and its relations to the catalog's
     * other events (shared people and rooms, its series). The event need not be in the catalog yet;
     * if the catalog has an event of the same id, this one takes its place.
     *
     * @param event an event
     * @param catalog the catalog around it, for people, rooms, venues, series and other events
     * @return the report; it lists only problems that involve this event
     */
    public ScheduleReport check(Event event, Catalog catalog) {
        Set<PersonId> people = new HashSet<>();
        Set<RoomId> rooms = new HashSet<>();
        for (Session s : event.programme()) {
            s.room().ifPresent(rooms::add);
            for (Contribution c : s.contributions()) {
                people.add(c.person());
            }
        }
        List<Event> related = new ArrayList<>();
        List<Event> catalogEvents = new ArrayList<>(catalog.events().size() + 1);
        boolean replaced = false;
        for (Event e : catalog.events()) {
            if (e.id().equals(event.id())) {
                catalogEvents.add(event);
                replaced = true;
                continue;
            }
            catalogEvents.add(e);
            if (shares(e, people, rooms)) {
                related.add(derive(e));
            }
        }
        if (!replaced) {
            catalogEvents.add(event);
        }
        return run(new RuleContext(catalog, List.of(derive(event)), related, catalogEvents));
    }

    /**
     * Checks the catalog's event of that id, as {@link #check(Event, Catalog)} does.
     *
     * @param eventId the id of an event of the catalog
     * @param catalog the catalog
     * @return the report; it lists only problems that involve this event
     */
    public ScheduleReport check(io.github.konvent.id.EventId eventId, Catalog catalog) {
        Event event = catalog.event(eventId).orElseThrow(() -> new ModelException("RuleSet.check event",
                "'" + eventId + "'", "the id of an event of the catalog"));
        return check(event, catalog);
    }

    private static boolean shares(Event e, Set<PersonId> people, Set<RoomId> rooms) {
        for (Session s : e.programme()) {
            if (s.room().isPresent() && rooms.contains(s.room().get())) {
                return true;
            }
            for (Contribution c : s.contributions()) {
                if (people.contains(c.person())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A checker of one catalog: it checks the catalog once, and then answers what changes when one
     * event is replaced by re-checking only what that event touches. See {@link CatalogChecker}.
     *
     * @param catalog a catalog
     * @return its checker, with the full report of this rule set
     */
    public CatalogChecker checker(Catalog catalog) {
        return new CatalogChecker(this, catalog);
    }

    Event derive(Event e) {
        return endDerivation.map(d -> EndTimes.derive(e, d)).orElse(e);
    }

    Optional<Duration> endDerivation() {
        return endDerivation;
    }

    private ScheduleReport run(RuleContext context) {
        return new ScheduleReport(findings(context, RuleFilter.ALL));
    }

    /** Which rules a check runs. */
    enum RuleFilter {
        ALL, ALL_BUT_SERIES, ONLY_SERIES;

        boolean accepts(ScheduleRule rule) {
            boolean series = isBuiltinSeries(rule);
            return this == ALL || (this == ONLY_SERIES) == series;
        }
    }

    static boolean isBuiltinSeries(ScheduleRule rule) {
        return rule instanceof BuiltinRule && rule.id().equals(Rules.SERIES_CADENCE);
    }

    /** @return true if the built-in series rule is in this set */
    boolean checksSeries() {
        ScheduleRule r = rules.get(Rules.SERIES_CADENCE);
        return r != null && isBuiltinSeries(r);
    }

    List<Violation> findings(RuleContext context, RuleFilter filter) {
        List<Violation> all = new ArrayList<>();
        for (ScheduleRule rule : rules.values()) {
            if (!filter.accepts(rule)) {
                continue;
            }
            Findings findings = new Findings(rule.id(), severityOf(rule.id()));
            rule.check(context, findings);
            all.addAll(findings.violations());
        }
        return all;
    }

    private void require(String ruleId) {
        if (!rules.containsKey(ruleId)) {
            throw new ModelException("RuleSet rule id", "'" + ruleId + "'", "one of " + rules.keySet());
        }
    }

    @Override
    public String toString() {
        return "RuleSet" + rules.keySet() + (grades.isEmpty() ? "" : " regraded " + grades);
    }
}
