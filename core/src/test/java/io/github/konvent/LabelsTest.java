package io.github.konvent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.event.AccessibilityFeature;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.RegistrationState;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.funding.ProjectKind;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.OrganizationKind;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LabelsTest {
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            AttendanceMode.class, EventType.class, EventStatus.class, CadenceKind.class, RegistrationState.class,
            InvolvementRole.class, AccessibilityFeature.class, SessionFormat.class, ContributionRole.class,
            OrganizationKind.class, ProjectKind.class);

    @Test
    void everyConstantHasAGermanAndAnEnglishLabel() {
        ResourceBundle de = ResourceBundle.getBundle(Labeled.BUNDLE, Locale.GERMAN,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));
        ResourceBundle en = ResourceBundle.getBundle(Labeled.BUNDLE, Locale.ROOT);
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> c : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + c.name();
                assertThat(de.keySet()).as(key).contains(key);
                assertThat(en.keySet()).as(key).contains(key);
            }
        }
        long keys = ENUMS.stream().flatMap(t -> Stream.of(t.getEnumConstants())).count();
        assertThat(de.keySet()).hasSize((int) keys);
    }

    @Test
    void labelsFollowTheRequestedLanguageWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(SessionFormat.KEYNOTE.label(Locale.ENGLISH)).isEqualTo("Keynote");
            assertThat(SessionFormat.KEYNOTE.labelDe()).isEqualTo("Auftaktimpuls");
            assertThat(SessionFormat.LUNCH_BREAK.labelEn()).isEqualTo("Lunch break");
            assertThat(AttendanceMode.ONLINE.label(Locale.GERMANY)).isEqualTo("Digital");
        } finally {
            Locale.setDefault(before);
        }
    }
}
