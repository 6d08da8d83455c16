package io.github.konvent.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.Id;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Statistics over what {@link CatalogArbitraries#catalogs()} generates: each class of hard value
 * occurs. A class that no longer occurs fails here, so a generator cannot quietly stop reaching it.
 */
class GeneratorReachTest {
    static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-";

    @Test
    void everyClassOfHardValueIsGenerated() {
        TreeMap<String, Integer> seen = new TreeMap<>();
        Set<Character> idChars = new HashSet<>();
        qt().withExamples(400).forAll(CatalogArbitraries.catalogs()).checkAssert(c -> classify(c, seen, idChars));
        for (String kind : List.of("empty catalog", "catalog of the maximum events", "event without sessions",
                "event of the maximum sessions", "id of 128 characters", "text with CR LF", "text with a lone CR",
                "text with a tab", "text with an emoji", "text with a combining accent", "zone America/Santiago",
                "zone Australia/Lord_Howe", "DST change at America/Santiago", "DST change at Australia/Lord_Howe",
                "DST change at Europe/Berlin", "session start in a DST gap", "session start in a repeated hour",
                "session across midnight", "session across midnight and a DST change", "undated event",
                "session without times", "parallel block", "sub-item")) {
            assertThat(seen).as("%s is generated; seen: %s", kind, seen).containsKey(kind);
        }
        Set<Character> missing = new HashSet<>();
        ID_CHARS.chars().forEach(ch -> missing.add((char) ch));
        missing.removeAll(idChars);
        assertThat(missing).as("id characters never generated").isEmpty();
    }

    static void classify(Catalog c, TreeMap<String, Integer> seen, Set<Character> idChars) {
        if (c.events().isEmpty()) {
            count(seen, "empty catalog");
        }
        if (c.events().size() == CatalogArbitraries.DEFAULT_MAX_EVENTS) {
            count(seen, "catalog of the maximum events");
        }
        List<Id> ids = new ArrayList<>();
        c.people().forEach(p -> ids.add(p.id()));
        c.organizations().forEach(o -> ids.add(o.id()));
        List<String> texts = new ArrayList<>();
        c.people().forEach(p -> texts.add(p.familyName()));
        for (Event e : c.events()) {
            ids.add(e.id());
            texts.add(e.title());
            e.description().ifPresent(texts::add);
            if (e.programme().isEmpty()) {
                count(seen, "event without sessions");
            }
            if (e.programme().size() == CatalogArbitraries.DEFAULT_MAX_SESSIONS) {
                count(seen, "event of the maximum sessions");
            }
            count(seen, "zone " + e.zone().getId());
            if (e.startDate().isEmpty()) {
                count(seen, "undated event");
            }
            if (!e.blocks().isEmpty()) {
                count(seen, "parallel block");
            }
            for (Session s : e.programme()) {
                ids.add(s.id());
                texts.add(s.title());
                s.description().ifPresent(texts::add);
                if (s.parent().isPresent()) {
                    count(seen, "sub-item");
                }
                if (s.start().isEmpty() && s.end().isEmpty()) {
                    count(seen, "session without times");
                }
                if (s.endsNextDay()) {
                    count(seen, "session across midnight");
                }
                if (e.startDate().isEmpty() || s.start().isEmpty()) {
                    continue;
                }
                ZoneId zone = e.zone();
                LocalDateTime start = e.startDate().get().plusDays(s.day() - 1L).atTime(s.start().get());
                int offsets = zone.getRules().getValidOffsets(start).size();
                if (offsets == 0) {
                    count(seen, "session start in a DST gap");
                } else if (offsets == 2) {
                    count(seen, "session start in a repeated hour");
                }
                if (s.end().isPresent()) {
                    LocalDateTime end = start.toLocalDate().plusDays(s.endsNextDay() ? 1 : 0).atTime(s.end().get());
                    var transition = zone.getRules().nextTransition(ZonedDateTime.of(start, zone).toInstant());
                    boolean crosses = transition != null
                            && transition.getInstant().isBefore(ZonedDateTime.of(end, zone).toInstant());
                    if (crosses) {
                        count(seen, "DST change at " + zone.getId());
                        if (s.endsNextDay()) {
                            count(seen, "session across midnight and a DST change");
                        }
                    }
                    if (offsets != 1) {
                        count(seen, "DST change at " + zone.getId());
                    }
                }
            }
        }
        for (Id id : ids) {
            if (id.value().length() == 128) {
                count(seen, "id of 128 characters");
            }
            id.value().chars().forEach(ch -> idChars.add((char) ch));
        }
        for (String t : texts) {
            if (t.contains("\r\n")) {
                count(seen, "text with CR LF");
            }
            if (t.replace("\r\n", "").indexOf('\r') >= 0) {
                count(seen, "text with a lone CR");
            }
            if (t.indexOf('\t') >= 0) {
                count(seen, "text with a tab");
            }
            if (t.codePoints().anyMatch(cp -> Character.getType(cp) == Character.OTHER_SYMBOL && cp > 0xFFFF)) {
                count(seen, "text with an emoji");
            }
            if (t.codePoints().anyMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK)) {
                count(seen, "text with a combining accent");
            }
        }
    }

    private static void count(TreeMap<String, Integer> seen, String kind) {
        seen.merge(kind, 1, Integer::sum);
    }
}
