package io.github.konvent.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.ModelException;
import io.github.konvent.event.Event;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlotFinderTest {
    @Test
    void theCleanCongressHasRoomForAHalfHourTalkOnlyAtNineAndInTheLunchBreak() {
        Catalog c = Fixtures.clean();
        Event e = c.event(Fixtures.EVENT).orElseThrow();
        List<Slot> slots = SlotFinder.of(RuleSet.defaults())
                .find(e, c, Duration.ofMinutes(30), List.of(Fixtures.SCHULZ), Optional.of(Fixtures.SAAL));
        assertThat(slots).containsExactly(new Slot(1, LocalTime.of(9, 0), LocalTime.of(9, 0)),
                new Slot(1, LocalTime.of(12, 30), LocalTime.of(13, 0)));
    }

    @Test
    void badArgumentsAreNamed() {
        Catalog c = Fixtures.clean();
        Event e = c.event(Fixtures.EVENT).orElseThrow();
        SlotFinder f = SlotFinder.of(RuleSet.defaults());
        assertThatThrownBy(() -> f.find(e, c, Duration.ZERO, List.of(), Optional.empty()))
                .isInstanceOf(ModelException.class).hasMessageContaining("duration");
        assertThatThrownBy(() -> f.withStep(Duration.ofSeconds(7))).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> f.withDefaultHours(LocalTime.NOON, LocalTime.NOON)).isInstanceOf(ModelException.class);
    }
}
