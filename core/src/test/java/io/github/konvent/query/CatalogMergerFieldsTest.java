package io.github.konvent.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The merger lists each kind's fields by hand; this test (reflection is fine in a test) fails when
 * a value type gains a field that the merger does not know, so no field is ever silently dropped.
 */
class CatalogMergerFieldsTest {
    @Test
    void theMergerNamesEveryFieldOfEveryKind() {
        Map<Class<?>, List<String>> known = CatalogMerger.fieldNames();
        assertThat(known).hasSize(9);
        known.forEach((type, names) -> {
            TreeSet<String> fields = new TreeSet<>();
            for (Class<?> i : type.getInterfaces()) {
                if (i.getSimpleName().equals("With" + type.getSimpleName())) {
                    for (Method m : i.getDeclaredMethods()) {
                        if (m.getName().startsWith("with") && m.getParameterCount() == 1) {
                            fields.add(Character.toLowerCase(m.getName().charAt(4)) + m.getName().substring(5));
                        }
                    }
                }
            }
            assertThat(fields).as(type.getSimpleName()).isNotEmpty();
            assertThat(names).as(type.getSimpleName()).containsExactlyInAnyOrderElementsOf(fields);
        });
    }
}
