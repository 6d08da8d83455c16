package io.github.konvent.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.konvent.id.EventId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The report order compares id lists as their texts ({@code [a, b]}) without building them, and
 * findings keep their id lists sorted and without duplicates: both against the obvious oracle.
 */
class ViolationOrderProperties {
    /** Short ids from a small alphabet, so that prefixes ("a" and "a-b") and equal ids are common. */
    private static final Gen<String> ID = lists().of(integers().between(0, 5)).ofSizeBetween(1, 4)
            .map(cs -> {
                // an id starts with a letter or digit
                StringBuilder sb = new StringBuilder().append("ab1".charAt(cs.get(0) % 3));
                cs.subList(1, cs.size()).forEach(c -> sb.append("ab1-.~".charAt(c)));
                return sb.toString();
            });

    private static final Gen<List<EventId>> EVENTS = lists().of(ID.map(EventId::of)).ofSizeBetween(0, 4);

    @Test
    void idListsCompareAsTheirTexts() {
        qt().withExamples(3000).forAll(EVENTS, EVENTS).checkAssert((a, b) -> {
            assertThat(Integer.signum(Violation.compareTexts(a, b)))
                    .as("%s against %s", a, b)
                    .isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
            assertThat(Violation.compareTexts(a, List.copyOf(a))).isZero();
        });
    }

    @Test
    void findingsSortTheirIdsAndDropDuplicates() {
        qt().withExamples(500).forAll(EVENTS, EVENTS).checkAssert((events, rooms) -> {
            Findings findings = new Findings("x-rule", Severity.INFO);
            List<io.github.konvent.id.Id> ids = new ArrayList<>(events);
            rooms.forEach(e -> ids.add(RoomId.of(e.value())));
            ids.add(SessionId.of("s"));
            findings.report(german -> "x", ids);
            Violation v = findings.violations().get(0);
            assertThat(v.events()).isEqualTo(events.stream().distinct().sorted().toList());
            assertThat(v.rooms()).extracting(RoomId::value)
                    .isEqualTo(rooms.stream().map(EventId::value).distinct().sorted().toList());
            assertThat(v.sessions()).containsExactly(SessionId.of("s"));
            assertThat(v.people()).isEmpty();
        });
    }

    @Test
    void theReportOrderIsTheOrderOfTheTexts() {
        qt().withExamples(200).forAll(lists().of(EVENTS).ofSizeBetween(0, 12)).checkAssert(lists -> {
            List<Violation> vs = new ArrayList<>();
            for (List<EventId> events : lists) {
                Findings findings = new Findings("x-rule", Severity.INFO);
                findings.report(german -> "same", events);
                vs.addAll(findings.violations());
            }
            List<Violation> expected = new ArrayList<>(vs);
            expected.sort(Comparator.comparing(v -> v.events().toString()));
            assertThat(Violation.sorted(vs)).extracting(v -> v.events().toString())
                    .containsExactlyElementsOf(expected.stream().map(v -> v.events().toString()).toList());
        });
    }
}
