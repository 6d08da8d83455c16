package io.github.konvent.version;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.Session;
import io.github.konvent.id.EventId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.internal.KonventStyle;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Person;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What changed in an event's programme between two versions: one {@link ProgrammeChange} per
 * session that changed (in the order of the new programme, removed sessions last), and the people
 * named in the event whose name or affiliations changed. A pure function of the two versions;
 * immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class ProgrammeDiff implements WithProgrammeDiff {
    // Fixed names rather than the JDK's locale data, which differ between JDK versions ("Di" / "Di.").
    private static final String[] DAYS_DE = {"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"};
    private static final String[] DAYS_EN = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS_EN = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    /** @return the event */
    public abstract EventId event();

    /** @return the sessions that changed */
    public abstract List<ProgrammeChange> changes();

    /** @return people named in the new version whose name or affiliations changed */
    public abstract List<PersonId> changedPeople();

    /** @return true if nothing changed */
    public boolean isEmpty() {
        return changes().isEmpty() && changedPeople().isEmpty();
    }

    /** @param kind a kind of change @return the changes of that kind */
    public List<ProgrammeChange> changes(ChangeKind kind) {
        return changes().stream().filter(c -> c.is(kind)).toList();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Compares two versions of one event's programme (sessions matched by id; times compared as
     * local date-times in the event's zone, so moving the whole event moves every session).
     *
     * @param before the older version
     * @param after the newer version
     * @return the changes of the sessions; no people changes (they need the catalogs)
     * @throws IllegalArgumentException if the two are not the same event
     */
    public static ProgrammeDiff of(Event before, Event after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("ProgrammeDiff compares versions of one event, got '" + before.id()
                    + "' and '" + after.id() + "'");
        }
        return builder().event(after.id()).changes(sessionChanges(before, after)).build();
    }

    /**
     * Compares an event in two catalogs, including the people it names.
     *
     * @param before the older catalog
     * @param after the newer catalog
     * @param event the event, which both must hold
     * @return the changes
     * @throws IllegalArgumentException if a catalog does not hold the event
     */
    public static ProgrammeDiff of(Catalog before, Catalog after, EventId event) {
        Event b = before.event(event).orElseThrow(() -> new IllegalArgumentException(
                "the older catalog has no event '" + event + "'"));
        Event a = after.event(event).orElseThrow(() -> new IllegalArgumentException(
                "the newer catalog has no event '" + event + "'"));
        Set<PersonId> named = new LinkedHashSet<>();
        a.contributions().forEach(c -> named.add(c.person()));
        a.programme().forEach(s -> s.contributions().forEach(c -> named.add(c.person())));
        List<PersonId> changed = new ArrayList<>();
        for (PersonId id : named) {
            Optional<Person> old = before.person(id);
            Optional<Person> now = after.person(id);
            if (old.isPresent() && now.isPresent() && !samePublicPerson(old.get(), now.get())) {
                changed.add(id);
            }
        }
        return builder().event(event).changes(sessionChanges(b, a)).changedPeople(changed).build();
    }

    private static boolean samePublicPerson(Person a, Person b) {
        return a.displayName().equals(b.displayName()) && a.affiliations().equals(b.affiliations());
    }

    private static List<ProgrammeChange> sessionChanges(Event before, Event after) {
        Map<SessionId, Session> old = new LinkedHashMap<>();
        before.programme().forEach(s -> old.put(s.id(), s));
        boolean cancelledNow = after.status() == EventStatus.CANCELLED && before.status() != EventStatus.CANCELLED;
        List<ProgrammeChange> changes = new ArrayList<>();
        for (Session s : after.programme()) {
            Session o = old.remove(s.id());
            Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
            ProgrammeChange.Builder c = ProgrammeChange.builder().session(s.id()).title(s.title())
                    .newStart(after.startOf(s)).newEnd(after.endOf(s)).newRoom(s.room());
            if (o == null) {
                kinds.add(ChangeKind.ADDED);
                c.addAllPeopleAdded(people(s));
            } else {
                c.oldStart(before.startOf(o)).oldEnd(before.endOf(o)).oldRoom(o.room());
                Optional<LocalDateTime> os = before.startOf(o);
                Optional<LocalDateTime> ns = after.startOf(s);
                if (!os.map(LocalDateTime::toLocalDate).equals(ns.map(LocalDateTime::toLocalDate))) {
                    kinds.add(ChangeKind.MOVED);
                } else if (!os.equals(ns) || !before.endOf(o).equals(after.endOf(s))) {
                    kinds.add(ChangeKind.RETIMED);
                }
                if (!o.room().equals(s.room())) {
                    kinds.add(ChangeKind.REROOMED);
                }
                Set<PersonId> was = people(o);
                Set<PersonId> is = people(s);
                if (!contributionsOf(o).equals(contributionsOf(s))) {
                    kinds.add(ChangeKind.PEOPLE);
                    is.stream().filter(p -> !was.contains(p)).forEach(c::addPeopleAdded);
                    was.stream().filter(p -> !is.contains(p)).forEach(c::addPeopleRemoved);
                }
                if (!o.title().equals(s.title()) || o.format() != s.format()
                        || !o.description().equals(s.description())) {
                    kinds.add(ChangeKind.DETAILS);
                }
            }
            if (cancelledNow) {
                kinds.add(ChangeKind.CANCELLED);
            }
            if (!kinds.isEmpty()) {
                changes.add(c.kinds(kinds).build());
            }
        }
        for (Session o : old.values()) {
            changes.add(ProgrammeChange.builder().session(o.id()).title(o.title()).addKinds(ChangeKind.REMOVED)
                    .oldStart(before.startOf(o)).oldEnd(before.endOf(o)).oldRoom(o.room())
                    .addAllPeopleRemoved(people(o)).build());
        }
        return changes;
    }

    private static Set<PersonId> people(Session s) {
        Set<PersonId> ids = new LinkedHashSet<>();
        s.contributions().forEach(c -> ids.add(c.person()));
        return ids;
    }

    private static Set<String> contributionsOf(Session s) {
        Set<String> set = new java.util.TreeSet<>();
        for (Contribution c : s.contributions()) {
            set.add(c.person().value() + "/" + c.role().name());
        }
        return set;
    }

    /**
     * The changes as lines a person can read, e.g. {@code "Verschoben: Podium (Di 24.11. 10:00 → Mi 25.11. 10:00)"}.
     *
     * @param locale German for {@code de}, English otherwise
     * @param names a catalog that holds the rooms and people of the newer version (for their names);
     *     ids are shown where it does not
     * @return one line per change and changed person
     */
    public List<String> lines(Locale locale, Catalog names) {
        boolean de = "de".equals(locale.getLanguage());
        List<String> lines = new ArrayList<>();
        for (ProgrammeChange c : changes()) {
            List<String> parts = new ArrayList<>();
            for (ChangeKind k : c.kinds()) {
                parts.add(switch (k) {
                    case ADDED -> (de ? "Neu" : "Added") + when(c.newStart(), de);
                    case REMOVED -> (de ? "Gestrichen" : "Removed") + when(c.oldStart(), de);
                    case CANCELLED -> de ? "Abgesagt" : "Cancelled";
                    case MOVED, RETIMED -> (k == ChangeKind.MOVED ? (de ? "Verschoben" : "Moved")
                            : (de ? "Neue Zeit" : "Re-timed")) + " (" + time(c.oldStart(), de) + " → "
                            + time(c.newStart(), de) + ")";
                    case REROOMED -> (de ? "Neuer Raum" : "New room") + " (" + room(c.oldRoom(), names, de) + " → "
                            + room(c.newRoom(), names, de) + ")";
                    case PEOPLE -> (de ? "Mitwirkende geändert" : "People changed") + people(c, names);
                    case DETAILS -> de ? "Titel oder Beschreibung geändert" : "Title or description changed";
                });
            }
            lines.add(String.join("; ", parts) + ": " + c.title());
        }
        for (PersonId p : changedPeople()) {
            lines.add((de ? "Person geändert: " : "Person changed: ")
                    + names.person(p).map(Person::displayName).orElse(p.value()));
        }
        return lines;
    }

    private static String when(Optional<LocalDateTime> t, boolean de) {
        return t.map(x -> " (" + time(t, de) + ")").orElse("");
    }

    private static String time(Optional<LocalDateTime> t, boolean de) {
        return t.map(x -> de
                ? DAYS_DE[x.getDayOfWeek().ordinal()] + " " + x.getDayOfMonth() + "." + x.getMonthValue() + ". " + x.format(HM)
                : DAYS_EN[x.getDayOfWeek().ordinal()] + " " + x.getDayOfMonth() + " " + MONTHS_EN[x.getMonthValue() - 1]
                        + " " + x.format(HM))
                .orElse(de ? "ohne Zeit" : "no time");
    }

    private static String room(Optional<RoomId> r, Catalog names, boolean de) {
        return r.map(id -> names.room(id).map(x -> x.name()).orElse(id.value())).orElse(de ? "kein Raum" : "no room");
    }

    private static String people(ProgrammeChange c, Catalog names) {
        StringBuilder sb = new StringBuilder();
        c.peopleAdded().forEach(p -> sb.append(" +").append(names.person(p).map(Person::displayName).orElse(p.value())));
        c.peopleRemoved().forEach(p -> sb.append(" −").append(names.person(p).map(Person::displayName).orElse(p.value())));
        return sb.length() == 0 ? "" : " (" + sb.toString().trim() + ")";
    }

    /** Builds a {@link ProgrammeDiff}. */
    public static final class Builder extends ImmutableProgrammeDiff.Builder {
        Builder() {}
    }
}
