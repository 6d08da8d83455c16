package io.github.konvent.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SessionId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReadLimits#bounded(InputStream)} and {@link ReadLimits#check(Catalog)}. */
class ReadLimitsTest {
    private static Event event(String id, int sessions, int days, String title) {
        List<Session> programme = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            programme.add(Session.builder().id(SessionId.of(id + "-s" + i)).title("Talk " + i).format(SessionFormat.TALK).build());
        }
        return Event.builder().id(EventId.of(id)).title(title).startDate(LocalDate.of(2024, 5, 6)).days(days)
                .addAllProgramme(programme).build();
    }

    @Test
    void aBoundedStreamGivesExactlyTheLimitAndFailsOneByteLater() throws IOException {
        ReadLimits ten = ReadLimits.builder().maxDocumentLength(10).build();
        try (InputStream in = ten.bounded(new ByteArrayInputStream(new byte[10]))) {
            assertThat(in.readAllBytes()).hasSize(10);
        }
        InputStream eleven = ten.bounded(new ByteArrayInputStream(new byte[11]));
        Throwable t = catchThrowable(eleven::readAllBytes);
        assertThat(t).isInstanceOf(InputException.class).hasMessageContaining("ReadLimits.maxDocumentLength")
                .hasMessageContaining("byte 11");
        InputStream single = ten.bounded(new ByteArrayInputStream(new byte[11]));
        for (int i = 0; i < 10; i++) {
            assertThat(single.read()).isZero();
        }
        assertThat(catchThrowable(single::read)).isInstanceOf(InputException.class);
        assertThat(catchThrowable(() -> ten.bounded(new ByteArrayInputStream(new byte[20])).skip(15)))
                .isInstanceOf(InputException.class);
    }

    @Test
    void checkNamesTheFirstLimitAndTheEventOrSession() {
        Catalog catalog = Catalog.builder().addEvents(event("e1", 3, 2, "Kongress"), event("e2", 1, 1, "Tag")).build();
        assertThat(ReadLimits.defaults().check(catalog)).isSameAs(catalog);
        assertThat(ReadLimits.builder().maxSessionsPerEvent(3).maxDaysPerEvent(2).maxEvents(2).build().check(catalog))
                .isSameAs(catalog);
        assertThat(catchThrowable(() -> ReadLimits.builder().maxEvents(1).build().check(catalog)))
                .isInstanceOf(InputException.class).hasMessageContaining("2 events").hasMessageContaining("maxEvents");
        InputException sessions = (InputException) catchThrowable(
                () -> ReadLimits.builder().maxSessionsPerEvent(2).build().check(catalog));
        assertThat(sessions.location()).contains("event e1");
        assertThat(sessions).hasMessageContaining("3 sessions").hasMessageContaining("maxSessionsPerEvent");
        assertThat(catchThrowable(() -> ReadLimits.builder().maxDaysPerEvent(1).build().check(catalog)))
                .hasMessageContaining("2 days").hasMessageContaining("maxDaysPerEvent");
        InputException title = (InputException) catchThrowable(
                () -> ReadLimits.builder().maxStringLength(7).build().check(catalog));
        assertThat(title.location()).contains("event e1 (title)");
        assertThat(title).hasMessageContaining("maxStringLength");
        InputException session = (InputException) catchThrowable(
                () -> ReadLimits.builder().maxStringLength(5).build().check(
                        Catalog.builder().addEvents(event("e3", 1, 1, "Tag")).build()));
        assertThat(session.location()).contains("event e3, session e3-s0 (title)");
        assertThat(catchThrowable(() -> ReadLimits.builder().maxListLength(2).build().check(catalog)))
                .isNull();
    }
}
