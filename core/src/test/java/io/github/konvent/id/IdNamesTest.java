package io.github.konvent.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class IdNamesTest {
    @Test
    void germanLettersAreTransliteratedAndOtherAccentsDropped() {
        assertThat(IdNames.slug("Jörg Müller")).hasValue("joerg-mueller");
        assertThat(IdNames.slug("ÄRGER über Straße")).hasValue("aerger-ueber-strasse");
        assertThat(IdNames.slug("Amphithéâtre")).hasValue("amphitheatre");
        assertThat(IdNames.slug("  Prof. Dr. Ana-María  Núñez ")).hasValue("prof-dr-ana-maria-nunez");
        assertThat(IdNames.slug("ﬁnal – Ø")).hasValue("final");
        assertThat(IdNames.slug("e\u0301te\u0301")).hasValue("ete");
        assertThat(IdNames.slug("—?!")).isEmpty();
        assertThat(IdNames.of("東京", "room")).isEqualTo("room-" + Integer.toHexString("東京".hashCode()));
    }

    @Test
    void longNamesAreCutAtAHyphen() {
        String name = "wort ".repeat(60);
        String id = IdNames.of(name, "x");
        assertThat(id.length()).isLessThanOrEqualTo(IdNames.MAX_BASE);
        assertThat(id).endsWith("wort").doesNotEndWith("-");
    }

    @Test
    void everyResultIsAValidIdInLowerCase() {
        qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 300)).checkAssert(name -> {
            String id = IdNames.of(name, "p");
            assertThat(Ids.valid(id)).as("id of %s", name).isTrue();
            assertThat(id).isLowerCase();
            assertThat(IdNames.of(name, "p")).isEqualTo(id);
        });
    }

    @Test
    void namesThatDifferAreNeverMerged() {
        IdNames.Allocator rooms = IdNames.allocator();
        assertThat(rooms.idFor("Amphithéâtre", "room")).isEqualTo("amphitheatre");
        assertThat(rooms.idFor("Amphithéatre", "room")).isEqualTo("amphitheatre-2");
        assertThat(rooms.idFor("Amphithéâtre", "room")).isEqualTo("amphitheatre");
        assertThat(rooms.reserve("saal")).isTrue();
        assertThat(rooms.idFor("Saal", "room")).isEqualTo("saal-2");
        assertThat(rooms.idFor("amphitheatre 2", "room")).isEqualTo("amphitheatre-2-2");
    }
}
