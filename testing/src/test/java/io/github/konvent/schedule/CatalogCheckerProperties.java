package io.github.konvent.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import io.github.konvent.testing.CatalogArbitraries;
import io.github.konvent.testing.SyntheticCatalog;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link CatalogChecker#replace(Event)} against a full check of the changed catalog, on catalogs of
 * the testing module's generators (rich catalogs and synthetic ones, whose people speak at several
 * events) and random edits of one event: moved dates and venues (so that rooms and people meet
 * other events), shifted, shortened and removed sessions, other people and rooms, other series,
 * cancelled editions, missing ends, and new events copied from old ones.
 */
class CatalogCheckerProperties {
    private static final List<RuleSet> RULE_SETS = List.of(
            RuleSet.defaults(),
            RuleSet.defaults().with(Rules.personDoubleBooking(Duration.ofHours(30))),
            RuleSet.defaults().withoutEndDerivation(),
            RuleSet.defaults().regrade(Rules.ROOM_DOUBLE_BOOKING, Severity.INFO).without(Rules.LUNCH_BREAK));

    @Test
    void replacingAnEventOfARichCatalogChangesWhatAFullCheckChanges() {
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger changed = new AtomicInteger();
        qt().withExamples(120).withShrinkCycles(30)
                .forAll(longs().all(), integers().between(1, 5), integers().between(1, 4), longs().all())
                .checkAssert((seed, events, edits, editSeed) -> {
                    Catalog catalog = CatalogArbitraries.catalog(seed, events, 12);
                    compare(catalog, edits, editSeed, checked, changed);
                });
        assertThat(checked.get()).as("edits that gave a valid catalog").isGreaterThan(60);
        assertThat(changed.get()).as("edits that changed the report").isGreaterThan(10);
    }

    @Test
    void replacingAnEventOfASyntheticCatalogChangesWhatAFullCheckChanges() {
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger changed = new AtomicInteger();
        qt().withExamples(60).withShrinkCycles(20)
                .forAll(longs().all(), integers().between(40, 500), integers().between(1, 4), longs().all())
                .checkAssert((seed, sessions, edits, editSeed) -> {
                    Catalog catalog = SyntheticCatalog.generate(seed, sessions);
                    compare(catalog, edits, editSeed, checked, changed);
                });
        assertThat(checked.get()).as("edits that gave a valid catalog").isGreaterThan(30);
        assertThat(changed.get()).as("edits that changed the report").isGreaterThan(5);
    }

    private static void compare(Catalog catalog, int edits, long editSeed, AtomicInteger checked, AtomicInteger changed) {
        if (catalog.events().isEmpty()) {
            return;
        }
        SplittableRandom r = new SplittableRandom(editSeed);
        RuleSet rules = RULE_SETS.get(r.nextInt(RULE_SETS.size()));
        Event edited;
        Catalog after;
        try {
            edited = edit(catalog, catalog.events().get(r.nextInt(catalog.events().size())), edits, r);
            after = catalog.withEventPut(edited);
        } catch (KonventException | IllegalStateException | IllegalArgumentException | java.time.DateTimeException e) {
            return; // an edit that made the event or the catalog invalid
        }
        CatalogChecker checker = rules.checker(catalog);
        ScheduleReport before = rules.check(catalog);
        assertThat(checker.report().violations()).containsExactlyElementsOf(before.violations());
        ScheduleChange change = checker.replace(edited);
        ScheduleReport full = rules.check(after);
        assertThat(change.report().violations()).as("incremental against full, %s", change)
                .containsExactlyElementsOf(full.violations());
        List<Violation> gone = new ArrayList<>(before.violations());
        full.violations().forEach(gone::remove);
        List<Violation> come = new ArrayList<>(full.violations());
        before.violations().forEach(come::remove);
        assertThat(change.dropped()).containsExactlyInAnyOrderElementsOf(gone);
        assertThat(change.added()).containsExactlyInAnyOrderElementsOf(come);
        // the changed catalog keeps a view made from the old one's: checking it gives the full check's report,
        // and its own checker takes the change back
        Catalog spliced = change.catalog();
        assertThat(rules.check(spliced).violations()).containsExactlyElementsOf(full.violations());
        catalog.event(edited.id()).ifPresent(old -> assertThat(rules.checker(spliced).replace(old).report().violations())
                .containsExactlyElementsOf(before.violations()));
        checked.incrementAndGet();
        if (!change.isEmpty()) {
            changed.incrementAndGet();
        }
    }

    /** @return the event after 1 to 4 random edits */
    static Event edit(Catalog catalog, Event event, int edits, SplittableRandom r) {
        Event e = event;
        for (int i = 0; i < edits; i++) {
            e = editOnce(catalog, e, r);
        }
        return e;
    }

    private static Event editOnce(Catalog catalog, Event e, SplittableRandom r) {
        List<Event> events = catalog.events();
        Event other = events.get(r.nextInt(events.size()));
        List<Session> programme = new ArrayList<>(e.programme());
        int pick = programme.isEmpty() ? -1 : r.nextInt(programme.size());
        switch (r.nextInt(11)) {
            case 0 -> {
                // the other event's dates, and maybe its venue: rooms and people meet
                Event.Builder b = Event.builder().from(e).statedYear(Optional.empty());
                other.startDate().ifPresent(b::startDate);
                if (r.nextBoolean()) {
                    b.venue(other.venue()).attendanceMode(other.attendanceMode()).online(other.online());
                }
                return b.build();
            }
            case 1 -> {
                if (pick < 0 || programme.get(pick).start().isEmpty()) {
                    return e;
                }
                Session s = programme.get(pick);
                int minutes = 15 * (r.nextInt(17) - 8);
                Session.Builder b = Session.builder().from(s).start(s.start().get().plusMinutes(minutes));
                if (s.end().isPresent() && !s.endsNextDay()) {
                    LocalTime end = s.end().get().plusMinutes(minutes + 15L * (r.nextInt(5) - 2));
                    b.end(end);
                }
                programme.set(pick, b.build());
                return e.withProgramme(programme);
            }
            case 2 -> {
                if (pick < 0 || catalog.people().isEmpty()) {
                    return e;
                }
                Person p = catalog.people().get(r.nextInt(catalog.people().size()));
                Session s = programme.get(pick);
                programme.set(pick, Session.builder().from(s)
                        .addContributions(Contribution.of(p.id(), r.nextBoolean() ? ContributionRole.SPEAKER : ContributionRole.MODERATOR))
                        .build());
                return e.withProgramme(programme);
            }
            case 3 -> {
                List<Room> rooms = new ArrayList<>();
                for (Venue v : catalog.venues()) {
                    if (e.venue().filter(v.id()::equals).isPresent() || r.nextInt(4) == 0) {
                        rooms.addAll(v.rooms());
                    }
                }
                if (pick < 0 || rooms.isEmpty()) {
                    return e;
                }
                programme.set(pick, Session.builder().from(programme.get(pick))
                        .room(rooms.get(r.nextInt(rooms.size())).id()).build());
                return e.withProgramme(programme);
            }
            case 4 -> {
                List<EventSeries> series = catalog.series();
                if (series.isEmpty() || r.nextInt(4) == 0) {
                    return Event.builder().from(e).series(Optional.empty()).build();
                }
                Event.Builder b = Event.builder().from(e).series(series.get(r.nextInt(series.size())).id());
                if (r.nextBoolean()) {
                    b.statedYear(Optional.empty()).startDate(e.startDate().orElse(LocalDate.of(2020, 6, 1)).plusYears(r.nextInt(5) - 2));
                }
                return b.build();
            }
            case 5 -> {
                if (pick < 0 || programme.get(pick).end().isEmpty()) {
                    return e;
                }
                programme.set(pick, Session.builder().from(programme.get(pick)).end(Optional.empty())
                        .endsNextDay(false).endDerived(false).build());
                return e.withProgramme(programme);
            }
            case 6 -> {
                if (pick < 0) {
                    return e;
                }
                SessionId gone = programme.get(pick).id();
                if (programme.stream().anyMatch(s -> s.parent().filter(gone::equals).isPresent())) {
                    return e;
                }
                programme.remove(pick);
                return e.withProgramme(programme);
            }
            case 7 -> {
                return Event.builder().from(e).status(r.nextBoolean() ? EventStatus.CANCELLED : EventStatus.PROGRAMME_PUBLISHED).build();
            }
            case 8 -> {
                // a copy of the event under new ids, maybe on the other event's dates
                String suffix = "-copy" + r.nextInt(1000);
                Set<SessionId> ids = new HashSet<>();
                programme.forEach(s -> ids.add(s.id()));
                List<Session> copy = new ArrayList<>();
                for (Session s : programme) {
                    copy.add(Session.builder().from(s).id(SessionId.of(s.id().value() + suffix))
                            .parent(s.parent().filter(ids::contains).map(p -> SessionId.of(p.value() + suffix)))
                            .build());
                }
                Event.Builder b = Event.builder().from(e).id(EventId.of(e.id().value() + suffix)).programme(copy);
                if (r.nextBoolean()) {
                    b.statedYear(Optional.empty());
                    other.startDate().ifPresent(b::startDate);
                }
                return b.build();
            }
            case 9 -> {
                // a session of another event, copied in at its own times (people and rooms meet there)
                if (other.programme().isEmpty()) {
                    return e;
                }
                Session s = other.programme().get(r.nextInt(other.programme().size()));
                programme.add(Session.builder().from(s).id(SessionId.of(s.id().value() + "-x" + r.nextInt(1000)))
                        .parent(Optional.empty()).block(Optional.empty()).build());
                return Event.builder().from(e).programme(programme).statedYear(Optional.empty())
                        .startDate(other.startDate().or(e::startDate)).build();
            }
            default -> {
                return Event.builder().from(e).days(1 + r.nextInt(3)).build();
            }
        }
    }
}
