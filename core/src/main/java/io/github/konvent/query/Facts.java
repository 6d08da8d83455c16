package io.github.konvent.query;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Session;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shared reading of a catalog behind queries and analyses: which organisations, people and
 * projects an event or session involves, and when a session takes place.
 */
final class Facts {
    private final Catalog catalog;

    Facts(Catalog catalog) {
        this.catalog = catalog;
    }

    Catalog catalog() {
        return catalog;
    }

    /** @return the event's own involvements followed by those of its series */
    List<Involvement> involvements(Event e) {
        List<Involvement> all = new ArrayList<>(e.involvements());
        e.series().flatMap(catalog::series).map(EventSeries::involvements).ifPresent(all::addAll);
        return all;
    }

    /**
     * True unless the affiliation is known not to hold on any day of the event: checked on
     * each date where the dates are known, against the whole year where only the year is, and
     * assumed where neither is.
     */
    static boolean mayHoldAt(Affiliation a, Event e) {
        List<LocalDate> dates = e.dates();
        if (!dates.isEmpty()) {
            return dates.stream().anyMatch(a::mayHoldOn);
        }
        if (e.year().isPresent()) {
            int y = e.year().get();
            LocalDate first = LocalDate.of(y, 1, 1);
            LocalDate last = LocalDate.of(y, 12, 31);
            return a.validFrom().map(f -> !f.isAfter(last)).orElse(true)
                    && a.validUntil().map(u -> !u.isBefore(first)).orElse(true);
        }
        return true;
    }

    /** @return the organisations a person may have been affiliated with at the event */
    List<OrganizationId> affiliationsAt(PersonId person, Event e) {
        Optional<Person> p = catalog.person(person);
        if (p.isEmpty()) {
            return List.of();
        }
        return p.get().affiliations().stream().filter(a -> mayHoldAt(a, e)).map(Affiliation::organization).toList();
    }

    /**
     * @return the organisations of a session: those its contributors speak for, those presenting,
     *     and the affiliations of its contributors at the event's date
     */
    Set<OrganizationId> organizations(Event e, Session s) {
        Set<OrganizationId> orgs = new LinkedHashSet<>();
        addOrganizations(e, s.contributions(), orgs);
        for (PartyId p : s.presenters()) {
            if (p instanceof OrganizationId o) {
                orgs.add(o);
            }
        }
        return orgs;
    }

    private void addOrganizations(Event e, List<Contribution> contributions, Set<OrganizationId> orgs) {
        for (Contribution c : contributions) {
            for (PartyId p : c.onBehalfOf()) {
                if (p instanceof OrganizationId o) {
                    orgs.add(o);
                }
            }
            orgs.addAll(affiliationsAt(c.person(), e));
        }
    }

    /**
     * @return the organisations of an event: involved in any role (in the event or its series),
     *     those its event-wide contributors stand for, and those of every session
     */
    Set<OrganizationId> organizations(Event e) {
        Set<OrganizationId> orgs = new LinkedHashSet<>();
        for (Involvement i : involvements(e)) {
            if (i.party() instanceof OrganizationId o) {
                orgs.add(o);
            }
        }
        addOrganizations(e, e.contributions(), orgs);
        for (Session s : e.programme()) {
            orgs.addAll(organizations(e, s));
        }
        return orgs;
    }

    /** @return the projects a session presents: as presenters or as whom a contributor speaks for */
    static Set<ProjectId> projects(Session s) {
        Set<ProjectId> projects = new LinkedHashSet<>();
        for (PartyId p : s.presenters()) {
            if (p instanceof ProjectId pr) {
                projects.add(pr);
            }
        }
        for (Contribution c : s.contributions()) {
            for (PartyId p : c.onBehalfOf()) {
                if (p instanceof ProjectId pr) {
                    projects.add(pr);
                }
            }
        }
        return projects;
    }

    /** @return the people contributing to a session, each once, in order */
    static Set<PersonId> people(Session s) {
        Set<PersonId> people = new LinkedHashSet<>();
        s.contributions().forEach(c -> people.add(c.person()));
        return people;
    }

    /** @return every person of an event: event-wide and session contributors, and the contact */
    static Set<PersonId> people(Event e) {
        Set<PersonId> people = new LinkedHashSet<>();
        e.contributions().forEach(c -> people.add(c.person()));
        e.programme().forEach(s -> people.addAll(people(s)));
        e.contact().ifPresent(people::add);
        return people;
    }

    /** @return the topics of an event: its own, then those of its sessions */
    static Set<String> topics(Event e) {
        Set<String> topics = new LinkedHashSet<>(e.topics());
        e.programme().forEach(s -> topics.addAll(s.topics()));
        return topics;
    }

    /** A session's time in minutes from the start of day 1: start inclusive, end exclusive. */
    record Interval(long start, long end, boolean derived) {
        long minutes() {
            return end - start;
        }
    }

    /**
     * The times of an event's sessions that are not part of another session, in minutes from the
     * start of day 1: a session's own start and end where both are known; else its parallel
     * block's; else, for a session with a start only, an end derived from the next later start
     * on that day among the sessions outside the side programme (or the event's daily end).
     *
     * @return the intervals by session id; sessions without one are left out
     */
    static Map<SessionId, Interval> intervals(Event e) {
        Map<BlockId, ParallelBlock> blocks = new HashMap<>();
        e.blocks().forEach(b -> blocks.put(b.id(), b));
        Map<Integer, TreeSet<Integer>> startsByDay = new HashMap<>();
        for (Session s : e.programme()) {
            if (s.parent().isEmpty() && !s.sideProgramme() && s.start().isPresent()) {
                startsByDay.computeIfAbsent(s.day(), d -> new TreeSet<>()).add(s.start().get().toSecondOfDay() / 60);
            }
        }
        Map<SessionId, Interval> out = new HashMap<>();
        for (Session s : e.programme()) {
            if (s.parent().isPresent()) {
                continue;
            }
            long base = (s.day() - 1L) * 1440L;
            if (s.start().isPresent() && s.end().isPresent()) {
                long start = base + s.start().get().toSecondOfDay() / 60;
                long end = base + s.end().get().toSecondOfDay() / 60 + (s.endsNextDay() ? 1440L : 0L);
                out.put(s.id(), new Interval(start, end, false));
                continue;
            }
            ParallelBlock b = s.block().map(blocks::get).orElse(null);
            if (b != null && b.start().isPresent() && b.end().isPresent()) {
                long bb = (b.day() - 1L) * 1440L;
                out.put(s.id(), new Interval(bb + b.start().get().toSecondOfDay() / 60,
                        bb + b.end().get().toSecondOfDay() / 60, false));
                continue;
            }
            if (s.start().isPresent()) {
                int start = s.start().get().toSecondOfDay() / 60;
                Integer next = startsByDay.getOrDefault(s.day(), new TreeSet<>()).higher(start);
                if (next == null && e.dailyEnd().isPresent() && e.dailyEnd().get().toSecondOfDay() / 60 > start) {
                    next = e.dailyEnd().get().toSecondOfDay() / 60;
                }
                if (next != null) {
                    out.put(s.id(), new Interval(base + start, base + next, true));
                }
            }
        }
        return out;
    }
}
