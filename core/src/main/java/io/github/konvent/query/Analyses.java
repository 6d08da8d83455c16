package io.github.konvent.query;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.id.Id;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ready research analyses of a catalog, each returning a {@link Table} (and the two
 * co-occurrence analyses also a {@link Network}): who appeared where, which organisations and
 * people met, formats and topics over the years, which funded projects presented where, and how
 * programmes are composed. Lists inside a cell (ids of events, of parties) are joined with
 * {@code ";"}. Pure and thread-safe; every call computes afresh.
 */
public final class Analyses {
    /** Separator of several ids in one cell. */
    public static final String SEPARATOR = ";";

    private final Catalog catalog;
    private final Facts facts;

    private Analyses(Catalog catalog) {
        this.catalog = catalog;
        this.facts = new Facts(catalog);
    }

    /**
     * @param catalog the catalog to analyse
     * @return its analyses
     */
    public static Analyses of(Catalog catalog) {
        return new Analyses(Objects.requireNonNull(catalog, "catalog"));
    }

    /** @return every table, keyed and ordered by table name as in {@link #tableNames()} */
    public Map<String, Table> tables() {
        Map<String, Table> all = new LinkedHashMap<>();
        for (Table t : List.of(appearances(), organizationCooccurrence(), personCooccurrence(), formatCounts(),
                topicCounts(), fundedPresentations(), programmeComposition(), programmeSummary())) {
            all.put(t.name(), t);
        }
        return all;
    }

    /** @return the names of the tables of {@link #tables()}, in order */
    public static List<String> tableNames() {
        return List.of("appearances", "organization-cooccurrence", "person-cooccurrence", "format-counts",
                "topic-counts", "funded-presentations", "programme-composition", "programme-summary");
    }

    /** @return both co-occurrence networks: organisations, then people */
    public List<Network> networks() {
        return List.of(organizationNetwork(), personNetwork());
    }

    // ---------------------------------------------------------------- appearances

    /**
     * Who appeared where, in which role and for whom: one row per person, event, role and the
     * organisations/projects spoken for, with the number of sessions.
     *
     * @return table {@code appearances}: person_id, person, event_id, event, year, role,
     *     on_behalf_of, on_behalf_of_names, sessions; sorted by person, event, role
     */
    public Table appearances() {
        record Key(PersonId person, Event event, ContributionRole role, List<PartyId> onBehalfOf) {}
        Map<Key, Integer> counts = new LinkedHashMap<>();
        for (Event e : catalog.events()) {
            for (Session s : e.programme()) {
                Set<Key> seen = new LinkedHashSet<>();
                for (Contribution c : s.contributions()) {
                    seen.add(new Key(c.person(), e, c.role(), c.onBehalfOf()));
                }
                seen.forEach(k -> counts.merge(k, 1, Integer::sum));
            }
            // event-wide roles (overall moderation) appear too, with no session of their own
            for (Contribution c : e.contributions()) {
                counts.merge(new Key(c.person(), e, c.role(), c.onBehalfOf()), 0, Integer::sum);
            }
        }
        List<Key> keys = new ArrayList<>(counts.keySet());
        keys.sort(Comparator.comparing((Key k) -> k.person().value())
                .thenComparing(k -> k.event().id().value())
                .thenComparing(Key::role)
                .thenComparing(k -> join(k.onBehalfOf())));
        Table.Builder t = Table.builder("appearances")
                .column("person_id", String.class)
                .column("person", String.class)
                .column("event_id", String.class)
                .column("event", String.class)
                .column("year", Integer.class)
                .column("role", String.class)
                .column("on_behalf_of", String.class)
                .column("on_behalf_of_names", String.class)
                .column("sessions", Integer.class);
        for (Key k : keys) {
            t.row(k.person().value(), catalog.nameOf(k.person()), k.event().id().value(), k.event().title(),
                    k.event().year(), k.role().name(), emptyToAbsent(join(k.onBehalfOf())),
                    emptyToAbsent(k.onBehalfOf().stream().map(catalog::nameOf).collect(Collectors.joining(SEPARATOR))),
                    counts.get(k));
        }
        return t.build();
    }

    // ---------------------------------------------------------------- co-occurrence

    /**
     * Pairs found by grouping items (events, sessions) and pairing the members of each: the work
     * is proportional to the pair incidences (pairs within each item), never to pairs of items.
     * Members are numbered in id order, pairs kept in a primitive open-addressing table, the
     * evidence as linked lists in int arrays, so that millions of pairs stay compact.
     */
    static final class Pairs<T extends Id> {
        private final List<T> nodes = new ArrayList<>();
        private final Map<T, Integer> index = new HashMap<>();
        private final List<List<T>> itemMembers = new ArrayList<>();
        private final List<String> items = new ArrayList<>();
        // open addressing: key = a * 2^32 + b (a < b, node numbers), -1 = empty
        private long[] keys = filled(1 << 10);
        private int[] counts = new int[1 << 10];
        private int[] head = new int[1 << 10];
        private int[] tail = new int[1 << 10];
        private int size;
        // evidence: per incidence the item number and the next incidence of the same pair
        private int[] item = new int[1 << 10];
        private int[] next = new int[1 << 10];
        private int incidences;
        private int[] slots = new int[0];

        private static long[] filled(int n) {
            long[] k = new long[n];
            Arrays.fill(k, -1L);
            return k;
        }

        /** Records an item and its members; numbering waits until {@link #compute()}. */
        void add(Set<T> members, String itemId) {
            items.add(itemId);
            itemMembers.add(List.copyOf(members));
            for (T m : members) {
                if (!index.containsKey(m)) {
                    index.put(m, -1);
                    nodes.add(m);
                }
            }
        }

        /** Numbers the members in id order and counts the pairs of every item. */
        Pairs<T> compute() {
            nodes.sort(Comparator.comparing(Id::value));
            for (int i = 0; i < nodes.size(); i++) {
                index.put(nodes.get(i), i);
            }
            for (int it = 0; it < items.size(); it++) {
                List<T> ms = itemMembers.get(it);
                int[] m = new int[ms.size()];
                for (int i = 0; i < m.length; i++) {
                    m[i] = index.get(ms.get(i));
                }
                Arrays.sort(m);
                for (int i = 0; i < m.length; i++) {
                    for (int j = i + 1; j < m.length; j++) {
                        count(((long) m[i] << 32) | m[j], it);
                    }
                }
                itemMembers.set(it, List.of());
            }
            // order: most frequent first, then by the ids of a and b (node numbers follow id order):
            // sort the keys, then a stable counting sort by falling count
            long[] sorted = new long[size];
            int n = 0;
            for (long k : keys) {
                if (k != -1L) {
                    sorted[n++] = k;
                }
            }
            Arrays.sort(sorted);
            int[] bySorted = new int[n];
            int max = 0;
            for (int i = 0; i < n; i++) {
                bySorted[i] = find(sorted[i]);
                max = Math.max(max, counts[bySorted[i]]);
            }
            int[] start = new int[max + 2];
            for (int i = 0; i < n; i++) {
                start[max - counts[bySorted[i]] + 1]++;
            }
            for (int c = 1; c < start.length; c++) {
                start[c] += start[c - 1];
            }
            slots = new int[n];
            for (int i = 0; i < n; i++) {
                slots[start[max - counts[bySorted[i]]]++] = bySorted[i];
            }
            return this;
        }

        private void count(long key, int it) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int s = (int) (mix(key) & mask);
            while (keys[s] != -1L && keys[s] != key) {
                s = (s + 1) & mask;
            }
            if (incidences == item.length) {
                item = Arrays.copyOf(item, item.length * 2);
                next = Arrays.copyOf(next, next.length * 2);
            }
            item[incidences] = it;
            next[incidences] = -1;
            if (keys[s] == -1L) {
                keys[s] = key;
                counts[s] = 1;
                head[s] = incidences;
                size++;
            } else {
                counts[s]++;
                next[tail[s]] = incidences;
            }
            tail[s] = incidences;
            incidences++;
        }

        private int find(long key) {
            int mask = keys.length - 1;
            int s = (int) (mix(key) & mask);
            while (keys[s] != key) {
                s = (s + 1) & mask;
            }
            return s;
        }

        private static long mix(long k) {
            k ^= k >>> 33;
            k *= 0xff51afd7ed558ccdL;
            k ^= k >>> 33;
            return k;
        }

        private void grow() {
            long[] ok = keys;
            int[] oc = counts;
            int[] oh = head;
            int[] ot = tail;
            keys = filled(ok.length * 2);
            counts = new int[ok.length * 2];
            head = new int[ok.length * 2];
            tail = new int[ok.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < ok.length; i++) {
                if (ok[i] != -1L) {
                    int s = (int) (mix(ok[i]) & mask);
                    while (keys[s] != -1L) {
                        s = (s + 1) & mask;
                    }
                    keys[s] = ok[i];
                    counts[s] = oc[i];
                    head[s] = oh[i];
                    tail[s] = ot[i];
                }
            }
        }

        /** @return the number of distinct pairs */
        int size() {
            return slots.length;
        }

        T a(int rank) {
            return nodes.get((int) (keys[slots[rank]] >>> 32));
        }

        T b(int rank) {
            return nodes.get((int) (keys[slots[rank]] & 0xffffffffL));
        }

        int count(int rank) {
            return counts[slots[rank]];
        }

        /** @return the ids of the items the pair of that rank shares, in item order */
        List<String> evidence(int rank) {
            List<String> l = new ArrayList<>(count(rank));
            for (int i = head[slots[rank]]; i != -1; i = next[i]) {
                l.add(items.get(item[i]));
            }
            return l;
        }
    }

    private Pairs<OrganizationId> organizationPairs() {
        Pairs<OrganizationId> pairs = new Pairs<>();
        for (Event e : catalog.events()) {
            pairs.add(facts.organizations(e), e.id().value());
        }
        return pairs.compute();
    }

    /**
     * Organisations appearing at the same event: involved in the event or its series in any role
     * (organiser, cooperation partner, funder, host, sponsor, media partner), spoken for or
     * presenting in a session, or employing a contributor at the time (an affiliation that may
     * hold on a day of the event). Computed event by event, in time proportional to the pairs
     * reported, never by comparing all pairs of events.
     *
     * @return table {@code organization-cooccurrence}: organization_a, name_a, organization_b,
     *     name_b, events, event_ids; a before b by id; most frequent pairs first
     */
    public Table organizationCooccurrence() {
        Table.Builder t = Table.builder("organization-cooccurrence")
                .column("organization_a", String.class)
                .column("name_a", String.class)
                .column("organization_b", String.class)
                .column("name_b", String.class)
                .column("events", Integer.class)
                .column("event_ids", String.class);
        Pairs<OrganizationId> pairs = organizationPairs();
        for (int i = 0; i < pairs.size(); i++) {
            OrganizationId a = pairs.a(i);
            OrganizationId b = pairs.b(i);
            t.row(a.value(), catalog.nameOf(a), b.value(), catalog.nameOf(b), pairs.count(i),
                    String.join(SEPARATOR, pairs.evidence(i)));
        }
        return t.build();
    }

    /**
     * @return the organisation co-occurrence as a network: every organisation of the catalog a
     *     node (kind = its {@code OrganizationKind}), an edge per pair weighted by shared events
     */
    public Network organizationNetwork() {
        List<Network.Node> nodes = catalog.organizations().stream()
                .map(o -> new Network.Node(o.id().value(), o.kind().name(), o.displayName()))
                .toList();
        List<Network.Edge> edges = edges(organizationPairs());
        return new Network("organization-cooccurrence", nodes, edges);
    }

    private static List<Network.Edge> edges(Pairs<?> pairs) {
        List<Network.Edge> edges = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            edges.add(new Network.Edge(pairs.a(i).value(), pairs.b(i).value(), pairs.count(i), pairs.evidence(i)));
        }
        return edges;
    }

    private Pairs<PersonId> personPairs() {
        Pairs<PersonId> pairs = new Pairs<>();
        for (Event e : catalog.events()) {
            for (Session s : e.programme()) {
                pairs.add(Facts.people(s), s.id().value());
            }
        }
        return pairs.compute();
    }

    /**
     * People who shared a session (a panel, a results slot), in any role.
     *
     * @return table {@code person-cooccurrence}: person_a, name_a, person_b, name_b, sessions,
     *     events, session_ids; a before b by id; most frequent pairs first
     */
    public Table personCooccurrence() {
        Table.Builder t = Table.builder("person-cooccurrence")
                .column("person_a", String.class)
                .column("name_a", String.class)
                .column("person_b", String.class)
                .column("name_b", String.class)
                .column("sessions", Integer.class)
                .column("events", Integer.class)
                .column("session_ids", String.class);
        Pairs<PersonId> pairs = personPairs();
        for (int i = 0; i < pairs.size(); i++) {
            PersonId a = pairs.a(i);
            PersonId b = pairs.b(i);
            List<String> sessions = pairs.evidence(i);
            long events = sessions.stream()
                    .map(s -> catalog.eventOf(SessionId.of(s)).map(Event::id))
                    .distinct()
                    .count();
            t.row(a.value(), catalog.nameOf(a), b.value(), catalog.nameOf(b), pairs.count(i), (int) events,
                    String.join(SEPARATOR, sessions));
        }
        return t.build();
    }

    /**
     * @return the person co-occurrence as a network: every person who contributes to a session
     *     a node (kind {@code person}), an edge per pair weighted by shared sessions
     */
    public Network personNetwork() {
        Set<PersonId> contributors = new LinkedHashSet<>();
        catalog.events().forEach(e -> e.programme().forEach(s -> contributors.addAll(Facts.people(s))));
        List<Network.Node> nodes = contributors.stream()
                .map(p -> new Network.Node(p.value(), "person", catalog.nameOf(p)))
                .toList();
        List<Network.Edge> edges = edges(personPairs());
        return new Network("person-cooccurrence", nodes, edges);
    }

    // ---------------------------------------------------------------- counts

    /** A year and series, either unknown; sorted with unknowns last. */
    private record YearSeries(Optional<Integer> year, Optional<SeriesId> series) {
        static final Comparator<YearSeries> ORDER = Comparator
                .comparing((YearSeries k) -> k.year().orElse(Integer.MAX_VALUE))
                .thenComparing(k -> k.series().map(SeriesId::value).orElse("\uffff"));
    }

    private static YearSeries keyOf(Event e) {
        return new YearSeries(e.year(), e.series());
    }

    /**
     * Sessions per format, year and series (all sessions, including parts of other sessions).
     *
     * @return table {@code format-counts}: year, series_id, format, sessions, minutes (of the
     *     sessions not part of another whose time is known or derived, as in
     *     {@link #programmeComposition()}); sorted by year, series, format; unknown year or series last
     */
    public Table formatCounts() {
        Map<YearSeries, Map<SessionFormat, long[]>> counts = new TreeMap<>(YearSeries.ORDER);
        for (Event e : catalog.events()) {
            Map<SessionFormat, long[]> m = counts.computeIfAbsent(keyOf(e), k -> new EnumMap<>(SessionFormat.class));
            Map<SessionId, Facts.Interval> times = Facts.intervals(e);
            for (Session s : e.programme()) {
                long[] c = m.computeIfAbsent(s.format(), f -> new long[2]);
                c[0]++;
                Facts.Interval iv = times.get(s.id());
                c[1] += iv == null ? 0 : iv.minutes();
            }
        }
        Table.Builder t = Table.builder("format-counts")
                .column("year", Integer.class)
                .column("series_id", String.class)
                .column("format", String.class)
                .column("sessions", Integer.class)
                .column("minutes", Long.class);
        counts.forEach((k, m) -> m.forEach((f, c) ->
                t.row(k.year(), k.series().map(SeriesId::value), f.name(), (int) c[0], c[1])));
        return t.build();
    }

    /**
     * Topics per year and series, as the catalog words them (trimmed; case kept).
     *
     * @return table {@code topic-counts}: year, series_id, topic, events (events listing it
     *     themselves or in a session), sessions (sessions listing it); sorted by year, series, topic
     */
    public Table topicCounts() {
        Map<YearSeries, Map<String, int[]>> counts = new TreeMap<>(YearSeries.ORDER);
        for (Event e : catalog.events()) {
            Map<String, int[]> m = counts.computeIfAbsent(keyOf(e), k -> new TreeMap<>());
            Set<String> eventTopics = new LinkedHashSet<>();
            e.topics().forEach(x -> eventTopics.add(x.strip()));
            for (Session s : e.programme()) {
                Set<String> st = new LinkedHashSet<>();
                s.topics().forEach(x -> st.add(x.strip()));
                st.forEach(x -> m.computeIfAbsent(x, y -> new int[2])[1]++);
                eventTopics.addAll(st);
            }
            eventTopics.forEach(x -> m.computeIfAbsent(x, y -> new int[2])[0]++);
        }
        Table.Builder t = Table.builder("topic-counts")
                .column("year", Integer.class)
                .column("series_id", String.class)
                .column("topic", String.class)
                .column("events", Integer.class)
                .column("sessions", Integer.class);
        counts.forEach((k, m) -> m.forEach((topic, c) ->
                t.row(k.year(), k.series().map(SeriesId::value), topic, c[0], c[1])));
        return t.build();
    }

    // ---------------------------------------------------------------- funding

    /**
     * Funding programme → projects → presentations at events: a row per session in which a
     * project of a programme presents (as a presenter of the session, or as the project a
     * contributor speaks for), and one row without event for a project that presented nowhere.
     * A programme's projects are those naming it, and its accompanying research project.
     *
     * @return table {@code funded-presentations}: programme_id, programme, project_id, project,
     *     event_id, event, date, session_id, session, via ({@code PRESENTER} or the contributor's
     *     role), person_id, person; in catalog order of programmes, projects, events, sessions
     */
    public Table fundedPresentations() {
        record Presentation(Event event, Session session, String via, Optional<PersonId> person) {}
        Map<ProjectId, List<Presentation>> byProject = new HashMap<>();
        for (Event e : catalog.events()) {
            for (Session s : e.programme()) {
                for (PartyId p : s.presenters()) {
                    if (p instanceof ProjectId pr) {
                        byProject.computeIfAbsent(pr, x -> new ArrayList<>())
                                .add(new Presentation(e, s, "PRESENTER", Optional.empty()));
                    }
                }
                for (Contribution c : s.contributions()) {
                    for (PartyId p : c.onBehalfOf()) {
                        if (p instanceof ProjectId pr) {
                            byProject.computeIfAbsent(pr, x -> new ArrayList<>())
                                    .add(new Presentation(e, s, c.role().name(), Optional.of(c.person())));
                        }
                    }
                }
            }
        }
        Table.Builder t = Table.builder("funded-presentations")
                .column("programme_id", String.class)
                .column("programme", String.class)
                .column("project_id", String.class)
                .column("project", String.class)
                .column("event_id", String.class)
                .column("event", String.class)
                .column("date", LocalDate.class)
                .column("session_id", String.class)
                .column("session", String.class)
                .column("via", String.class)
                .column("person_id", String.class)
                .column("person", String.class);
        for (FundingProgramme fp : catalog.fundingProgrammes()) {
            Set<Project> projects = new LinkedHashSet<>(catalog.projectsOf(fp.id()));
            fp.accompanyingResearch().flatMap(catalog::project).ifPresent(projects::add);
            for (Project p : projects) {
                List<Presentation> ps = byProject.getOrDefault(p.id(), List.of());
                if (ps.isEmpty()) {
                    t.row(fp.id().value(), fp.name(), p.id().value(), p.displayName(), null, null, null, null, null,
                            null, null, null);
                }
                for (Presentation x : ps) {
                    t.row(fp.id().value(), fp.name(), p.id().value(), p.displayName(), x.event().id().value(),
                            x.event().title(), x.event().date(x.session().day()), x.session().id().value(),
                            x.session().title(), x.via(), x.person().map(PersonId::value),
                            x.person().map(catalog::nameOf));
                }
            }
        }
        return t.build();
    }

    // ---------------------------------------------------------------- programme composition

    /**
     * Minutes by format per event. Counts the sessions that are not part of another session.
     * A session's minutes come from its own start and end; else from its parallel block; else,
     * where only its start is known, up to the next later start that day (a derived end, as
     * announcements with start times only imply) or the event's daily end.
     *
     * @return table {@code programme-composition}: event_id, format, sessions, timed_sessions,
     *     minutes; in catalog order of events, formats in declaration order
     */
    public Table programmeComposition() {
        Table.Builder t = Table.builder("programme-composition")
                .column("event_id", String.class)
                .column("format", String.class)
                .column("sessions", Integer.class)
                .column("timed_sessions", Integer.class)
                .column("minutes", Long.class);
        for (Event e : catalog.events()) {
            Map<SessionId, Facts.Interval> times = Facts.intervals(e);
            Map<SessionFormat, long[]> m = new EnumMap<>(SessionFormat.class);
            for (Session s : e.programme()) {
                if (s.parent().isPresent()) {
                    continue;
                }
                long[] c = m.computeIfAbsent(s.format(), f -> new long[3]);
                c[0]++;
                Facts.Interval iv = times.get(s.id());
                if (iv != null) {
                    c[1]++;
                    c[2] += iv.minutes();
                }
            }
            m.forEach((f, c) -> t.row(e.id().value(), f.name(), (int) c[0], (int) c[1], c[2]));
        }
        return t.build();
    }

    /**
     * Per event: how long the programme runs, how much of it is parallel, and its breaks, with
     * session times as in {@link #programmeComposition()}. Programme minutes are the union of
     * the timed sessions (not parts of other sessions, not side programme); parallel minutes the
     * part of it in which two or more run at once.
     *
     * @return table {@code programme-summary}: event_id, event, year, sessions, timed_sessions,
     *     derived_ends (timed by a derived end), programme_minutes, parallel_minutes,
     *     parallel_share (absent without timed sessions, rounded to 4 places), breaks,
     *     break_minutes; in catalog order
     */
    public Table programmeSummary() {
        Table.Builder t = Table.builder("programme-summary")
                .column("event_id", String.class)
                .column("event", String.class)
                .column("year", Integer.class)
                .column("sessions", Integer.class)
                .column("timed_sessions", Integer.class)
                .column("derived_ends", Integer.class)
                .column("programme_minutes", Long.class)
                .column("parallel_minutes", Long.class)
                .column("parallel_share", Double.class)
                .column("breaks", Integer.class)
                .column("break_minutes", Long.class);
        for (Event e : catalog.events()) {
            Map<SessionId, Facts.Interval> times = Facts.intervals(e);
            int sessions = 0;
            int breaks = 0;
            int derived = 0;
            long breakMinutes = 0;
            List<long[]> intervals = new ArrayList<>();
            for (Session s : e.programme()) {
                if (s.parent().isPresent()) {
                    continue;
                }
                sessions++;
                Facts.Interval iv = times.get(s.id());
                if (s.format().isBreak()) {
                    breaks++;
                    breakMinutes += iv == null ? 0 : iv.minutes();
                }
                if (iv != null && !s.sideProgramme()) {
                    intervals.add(new long[] {iv.start(), iv.end()});
                    derived += iv.derived() ? 1 : 0;
                }
            }
            long[] cover = coverage(intervals);
            Double share = cover[0] == 0 ? null : Math.round(10000.0 * cover[1] / cover[0]) / 10000.0;
            t.row(e.id().value(), e.title(), e.year(), sessions, intervals.size(), derived, cover[0], cover[1], share,
                    breaks, breakMinutes);
        }
        return t.build();
    }

    /** @return minutes covered by at least one interval, and by at least two */
    static long[] coverage(List<long[]> intervals) {
        long[] points = new long[intervals.size() * 2];
        int n = 0;
        for (long[] iv : intervals) {
            if (iv[1] > iv[0]) {
                // encode start as +1 and end as -1 in the lowest bit; ends sort before starts at one time
                points[n++] = iv[0] * 2 + 1;
                points[n++] = iv[1] * 2;
            }
        }
        Arrays.sort(points, 0, n);
        long any = 0;
        long two = 0;
        int depth = 0;
        long last = 0;
        for (int i = 0; i < n; i++) {
            long time = points[i] >> 1;
            if (depth >= 1) {
                any += time - last;
            }
            if (depth >= 2) {
                two += time - last;
            }
            depth += (points[i] & 1) == 1 ? 1 : -1;
            last = time;
        }
        return new long[] {any, two};
    }

    private static String join(List<? extends Id> ids) {
        return ids.stream().map(Id::value).collect(Collectors.joining(SEPARATOR));
    }

    private static Optional<String> emptyToAbsent(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
