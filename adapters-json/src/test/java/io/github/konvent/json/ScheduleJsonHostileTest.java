package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.konvent.InputException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hostile c3voc inputs of issue 17: each is an InputException, quickly, never a crash. */
class ScheduleJsonHostileTest {
    private static final String DOC = "{\"schedule\":{\"version\":\"1\",\"conference\":{\"acronym\":\"k\",\"title\":\"K\","
            + "\"start\":\"2024-06-13\",\"end\":\"2024-06-13\",\"daysCount\":DAYS,\"rooms\":[{\"name\":\"Saal\"}],"
            + "\"days\":[{\"index\":1,\"date\":\"2024-06-13\",\"rooms\":{\"Saal\":[{\"guid\":\"g1\",\"id\":1,"
            + "\"title\":\"Talk\",\"date\":\"2024-06-13T10:00:00+02:00\",\"start\":\"10:00\",\"duration\":\"DURATION\","
            + "\"room\":\"Saal\",\"type\":\"talk\",\"persons\":PERSONS}]}}]}}}";

    static String doc(String days, String duration, String persons) {
        return DOC.replace("DAYS", days).replace("DURATION", duration).replace("PERSONS", persons);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "duration 99999:00|1|99999:00|[]",
        "persons as object|1|00:30|{\"name\":\"x\"}",
        "daysCount of a billion|1000000000|00:30|[]",
        "daysCount 1e9|1e9|00:30|[]",
        "nul in a name|1|00:30|[{\"public_name\":\"A\\u0000B\"}]"
    })
    void isRejectedAsInput(String name, String days, String duration, String persons) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Throwable t = catchThrowable(() -> ScheduleJson.read(doc(days, duration, persons)));
            assertThat(t).as(name).isInstanceOf(InputException.class);
            assertThat(t.getMessage()).as(name).doesNotContain("Exception");
        });
    }
}
