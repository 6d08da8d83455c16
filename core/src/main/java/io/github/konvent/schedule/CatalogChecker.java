package io.github.konvent.schedule;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SeriesId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rule set's check of one catalog, kept to answer what changes when one event is replaced
 * ({@link #replace(Event)}) without checking the whole catalog again: only the new event's own
 * programme is checked, its sessions against the sessions of other events that share a person
 * with it or a room at about the same time, and the series it leaves or joins. The change lists
 * exactly the findings that a full check of the catalog with that event in place would add and
 * drop (a property test compares the two on generated catalogs and edits).
 *
 * <pre>{@code
 * CatalogChecker checker = RuleSet.defaults().checker(catalog);   // one full check
 * ScheduleChange change = checker.replace(editedEvent);            // re-checks what the event touches
 * change.added().forEach(v -> System.out.println(v.message(Locale.GERMAN)));
 * }</pre>
 *
 * <p>Rules of one's own ({@link ScheduleRule}) are re-checked with the new event in focus and the
 * events related to it as {@link RuleContext#relatedEvents()} (those sharing a person, or a room at
 * about the same time); their findings that involve the event are replaced. Immutable and
 * thread-safe.
 */
public final class CatalogChecker {
    private final RuleSet rules;
    private final Catalog catalog;
    private final Columns columns;
    private final long[] start;
    private final long[] end;
    private final ScheduleReport report;
    private final Map<EventId, Integer> eventIndex;
    private final Map<SeriesId, int[]> seriesEvents;
    /** Sessions by room index and by person index, as compressed rows: the sessions of r are sessions[first[r] .. first[r + 1] - 1]. */
    private final int[] roomFirst;
    private final int[] roomSessions;
    private final int[] personFirst;
    private final int[] personSessions;
    private final IdIndex<io.github.konvent.id.RoomId> roomIndex;
    private final IdIndex<io.github.konvent.id.PersonId> personIndex;
    private final Map<EventId, List<Violation>> byEvent = new HashMap<>();
    private final Map<Object, List<Violation>> byScope = new HashMap<>();

    CatalogChecker(RuleSet rules, Catalog catalog) {
        this.rules = rules;
        this.catalog = catalog;
        this.columns = Columns.of(catalog, rules.endDerivation());
        RuleContext context = new RuleContext(catalog, columns.events, List.of(), catalog.events()).withColumns(columns);
        this.report = new ScheduleReport(rules.findings(context, RuleSet.RuleFilter.ALL));
        Timeline t = context.timeline();
        this.start = t.start();
        this.end = t.end();
        List<Event> events = catalog.events();
        eventIndex = new HashMap<>(events.size() * 2);
        Map<SeriesId, List<Integer>> series = new HashMap<>();
        for (int e = 0; e < events.size(); e++) {
            eventIndex.put(events.get(e).id(), e);
            int at = e;
            events.get(e).series().ifPresent(s -> series.computeIfAbsent(s, k -> new ArrayList<>()).add(at));
        }
        seriesEvents = new HashMap<>(series.size() * 2);
        series.forEach((s, list) -> seriesEvents.put(s, list.stream().mapToInt(Integer::intValue).toArray()));
        int[] all = new int[columns.n];
        for (int k = 0; k < columns.n; k++) {
            all[k] = k;
        }
        roomIndex = index(columns.rooms);
        personIndex = index(columns.persons);
        roomFirst = new int[columns.rooms.length + 1];
        roomSessions = rows(columns.room, all, columns.n, roomFirst);
        personFirst = new int[columns.persons.length + 1];
        personSessions = rows(columns.itemPerson, columns.itemSession, columns.itemSession.length, personFirst);
        for (Violation v : report.violations()) {
            for (EventId id : v.events()) {
                byEvent.computeIfAbsent(id, k -> new ArrayList<>(2)).add(v);
            }
            if (v.scope != null) {
                byScope.computeIfAbsent(v.scope, k -> new ArrayList<>()).add(v);
            }
        }
    }

    /** @return an index that gives each id its position in ids */
    private static <K> IdIndex<K> index(K[] ids) {
        IdIndex<K> index = new IdIndex<>(ids.length);
        for (K id : ids) {
            index.indexOf(id);
        }
        return index;
    }

    /** @return per key (row) the values, as compressed rows filled into first; keys of -1 are left out */
    private static int[] rows(int[] key, int[] value, int m, int[] first) {
        for (int i = 0; i < m; i++) {
            if (key[i] >= 0) {
                first[key[i] + 1]++;
            }
        }
        for (int r = 1; r < first.length; r++) {
            first[r] += first[r - 1];
        }
        int[] out = new int[first[first.length - 1]];
        int[] at = Arrays.copyOf(first, first.length - 1);
        for (int i = 0; i < m; i++) {
            if (key[i] >= 0) {
                out[at[key[i]]++] = value[i];
            }
        }
        return out;
    }

    /** @return the catalog this checker checked */
    public Catalog catalog() {
        return catalog;
    }

    /** @return the rule set */
    public RuleSet rules() {
        return rules;
    }

    /** @return the full report of the catalog, as {@link RuleSet#check(Catalog)} gives it */
    public ScheduleReport report() {
        return report;
    }

    /**
     * Re-checks what one event touches, as if it replaced the catalog's event of the same id (or
     * were added, if the catalog has none). The catalog itself stays as it is; the event's people,
     * rooms, venue and series must be the catalog's.
     *
     * @param event the new version of an event
     * @return the findings a full check of the changed catalog adds and drops
     */
    public ScheduleChange replace(Event event) {
        Objects.requireNonNull(event, "event");
        Integer found = eventIndex.get(event.id());
        int e0 = found == null ? -1 : found;
        Event derived = rules.derive(event);
        List<Violation> added = new ArrayList<>(rules.findings(pairContext(derived, e0), RuleSet.RuleFilter.ALL_BUT_SERIES));
        Set<SeriesId> touched = new LinkedHashSet<>();
        if (rules.checksSeries()) {
            if (e0 >= 0) {
                catalog.events().get(e0).series().ifPresent(touched::add);
            }
            event.series().ifPresent(touched::add);
            if (!touched.isEmpty()) {
                List<Event> focus = new ArrayList<>();
                for (SeriesId s : touched) {
                    focus.addAll(editions(s, event, e0));
                }
                RuleContext context = new RuleContext(catalog, focus, List.of(), List.of())
                        .withEditions(s -> editions(s, event, e0));
                added.addAll(rules.findings(context, RuleSet.RuleFilter.ONLY_SERIES));
            }
        }
        Map<Violation, Boolean> removed = new IdentityHashMap<>();
        byEvent.getOrDefault(event.id(), List.of()).forEach(v -> removed.put(v, Boolean.TRUE));
        for (SeriesId s : touched) {
            byScope.getOrDefault(s, List.of()).forEach(v -> removed.put(v, Boolean.TRUE));
        }
        // what stays the same is neither dropped nor added
        Map<Violation, Integer> count = new HashMap<>();
        for (Violation v : removed.keySet()) {
            count.merge(v, 1, Integer::sum);
        }
        List<Violation> addedNet = new ArrayList<>();
        for (Violation v : added) {
            Integer c = count.get(v);
            if (c != null && c > 0) {
                count.put(v, c - 1);
            } else {
                addedNet.add(v);
            }
        }
        List<Violation> droppedNet = new ArrayList<>();
        Map<Violation, Integer> keep = new HashMap<>();
        for (Violation v : added) {
            keep.merge(v, 1, Integer::sum);
        }
        for (Violation v : removed.keySet()) {
            Integer c = keep.get(v);
            if (c != null && c > 0) {
                keep.put(v, c - 1);
            } else {
                droppedNet.add(v);
            }
        }
        return new ScheduleChange(this, event, Violation.sorted(droppedNet), Violation.sorted(addedNet));
    }

    /** The context for every rule but the series rule: the new event in focus, the sessions of other events it may meet. */
    private RuleContext pairContext(Event derived, int e0) {
        Columns single = new Columns(catalog, List.of(derived), null);
        Timeline own = new Timeline(single, 1);
        boolean dated = single.clockFrom[0] >= 0;
        long[] s1 = dated ? own.start() : null;
        long[] e1 = dated ? own.end() : null;
        int skipFrom = e0 >= 0 ? columns.firstOf[e0] : 0;
        int skipTo = e0 >= 0 ? columns.firstOf[e0 + 1] : 0;
        int[] candidates = new int[16];
        int m = 0;
        for (int k1 = 0; k1 < single.n; k1++) {
            if (!dated || !single.timed(k1) || single.room[k1] < 0) {
                continue;
            }
            int r = roomIndex.find(single.rooms[single.room[k1]]);
            if (r < 0) {
                continue;
            }
            for (int j = roomFirst[r]; j < roomFirst[r + 1]; j++) {
                int k = roomSessions[j];
                // a day's margin either side: a superset, the sweep decides
                if ((k < skipFrom || k >= skipTo) && columns.timed(k) && start[k] < e1[k1] + Columns.DAY
                        && s1[k1] < end[k] + Columns.DAY) {
                    if (m == candidates.length) {
                        candidates = Arrays.copyOf(candidates, m * 2);
                    }
                    candidates[m++] = k;
                }
            }
        }
        for (int j1 = 0; j1 < single.itemPerson.length; j1++) {
            int p = personIndex.find(single.persons[single.itemPerson[j1]]);
            if (p < 0) {
                continue;
            }
            for (int j = personFirst[p]; j < personFirst[p + 1]; j++) {
                int k = personSessions[j];
                if (k < skipFrom || k >= skipTo) {
                    if (m == candidates.length) {
                        candidates = Arrays.copyOf(candidates, m * 2);
                    }
                    candidates[m++] = k;
                }
            }
        }
        Arrays.sort(candidates, 0, m);
        List<Event> related = new ArrayList<>();
        List<List<Session>> subsets = new ArrayList<>();
        subsets.add(null);
        int[] donorIndex = new int[8];
        donorIndex[0] = -1;
        int lastEvent = -1;
        List<Session> subset = null;
        for (int i = 0; i < m; i++) {
            int k = candidates[i];
            if (i > 0 && k == candidates[i - 1]) {
                continue;
            }
            int x = columns.eventIndex(k);
            if (x != lastEvent) {
                lastEvent = x;
                related.add(columns.events.get(x));
                if (related.size() == donorIndex.length) {
                    donorIndex = Arrays.copyOf(donorIndex, donorIndex.length * 2);
                }
                donorIndex[related.size()] = x;
                subset = new ArrayList<>();
                subsets.add(subset);
            }
            subset.add(columns.session[k]);
        }
        List<Event> all = new ArrayList<>(related.size() + 1);
        all.add(derived);
        all.addAll(related);
        Columns around = related.isEmpty() ? single : new Columns(catalog, all, subsets, columns, donorIndex);
        return new RuleContext(catalog, List.of(derived), related, List.of())
                .withEditions(s -> List.of())
                .withColumns(around);
    }

    /** @return the editions of a series in the catalog with the event in place (raw, in catalog order) */
    private List<Event> editions(SeriesId series, Event event, int e0) {
        int[] at = seriesEvents.getOrDefault(series, new int[0]);
        List<Event> events = catalog.events();
        boolean joins = event.series().filter(series::equals).isPresent();
        int position = e0 >= 0 ? e0 : events.size();
        List<Event> out = new ArrayList<>(at.length + 1);
        boolean placed = false;
        for (int x : at) {
            if (!placed && joins && position < x) {
                out.add(event);
                placed = true;
            }
            if (x == e0) {
                continue;
            }
            out.add(events.get(x));
        }
        if (!placed && joins) {
            out.add(event);
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the findings of the catalog with the change applied, in report order */
    List<Violation> apply(List<Violation> dropped, List<Violation> added) {
        Map<Violation, Boolean> gone = new IdentityHashMap<>();
        dropped.forEach(v -> gone.put(v, Boolean.TRUE));
        List<Violation> out = new ArrayList<>(report.violations().size() + added.size());
        for (Violation v : report.violations()) {
            if (!gone.containsKey(v)) {
                out.add(v);
            }
        }
        out.addAll(added);
        return out;
    }

    /**
     * Keeps views of the changed catalog in its memo, built from this catalog's by rebuilding only
     * the event's part, so that checking the changed catalog does not build them again.
     *
     * @param next the catalog with the event in place ({@link Catalog#withEventPut(Event)})
     * @param event the event
     */
    void offerViews(Catalog next, Event event) {
        Integer found = eventIndex.get(event.id());
        // withEventPut keeps a replaced event's place and adds a new one at the end
        int e = found == null ? catalog.events().size() : found;
        Columns raw = Columns.kept(catalog);
        if (raw == null || raw.rooms != columns.rooms || raw.persons != columns.persons) {
            return;
        }
        Columns nextRaw = raw.withEvent(next, e, event, roomIndex::find, personIndex::find);
        nextRaw.offerTo(next, Optional.empty());
        Optional<java.time.Duration> derivation = rules.endDerivation();
        if (derivation.isPresent() && nextRaw.anyNeedsEnd()) {
            columns.withEvent(next, e, rules.derive(event), roomIndex::find, personIndex::find).offerTo(next, derivation);
        }
    }
}
