package io.github.konvent.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.ModelException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableTest {
    private Table.Builder builder() {
        return Table.builder("t").column("name", String.class).column("n", Integer.class).column("d", LocalDate.class);
    }

    @Test
    void cellsAreTypedAndMayBeAbsent() {
        Table t = builder().row("a", 1, LocalDate.of(2020, 1, 2)).row("b", Optional.empty(), null).build();
        assertThat(t.rows().get(0).get("n", Integer.class)).contains(1);
        assertThat(t.rows().get(1).get("n")).isEmpty();
        assertThat(t.rows().get(0).texts()).containsExactly("a", "1", "2020-01-02");
        assertThat(t.rows().get(1).texts()).containsExactly("b", "", "");
        assertThat(t.texts("name")).containsExactly("a", "b");
        assertThat(t).isEqualTo(builder().row("a", 1, LocalDate.of(2020, 1, 2)).row("b", null, null).build());
    }

    @Test
    void wrongCellsAreRefusedWithColumnAndRow() {
        assertThatThrownBy(() -> builder().row("a", "1", null)).isInstanceOf(ModelException.class)
                .hasMessageContaining("row 1 column n").hasMessageContaining("Integer");
        assertThatThrownBy(() -> builder().row("a")).isInstanceOf(ModelException.class)
                .hasMessageContaining("3 cells");
        assertThatThrownBy(() -> Table.builder("t").column("x", Object.class)).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> Table.builder("t").column("x", String.class).column("x", String.class).build())
                .isInstanceOf(ModelException.class).hasMessageContaining("'x' twice");
        Table t = builder().build();
        assertThatThrownBy(() -> t.columnIndex("nope")).isInstanceOf(ModelException.class)
                .hasMessageContaining("[name, n, d]");
        assertThatThrownBy(() -> builder().row("a", 1, null).build().rows().get(0).get("n", Long.class))
                .isInstanceOf(ModelException.class);
    }
}
