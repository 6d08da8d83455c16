package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadLimits;
import io.github.konvent.testing.SeedCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The iCalendar, jCal and xCal readers keep {@link FormatOptions#limits()}. */
class ReadLimitsTest {
    private static final List<CatalogFormat> FORMATS = List.of(new ICalFormat(), new JCalFormat(), new XCalFormat());

    private static byte[] seedEvent(CatalogFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(SeedCatalog.catalog(), out,
                FormatOptions.builder().event(SeedCatalog.KAS_KOMMUNALKONGRESS_2024).build());
        return out.toByteArray();
    }

    private static Throwable read(CatalogFormat format, byte[] bytes, ReadLimits limits) {
        return catchThrowable(() -> format.read(new ByteArrayInputStream(bytes), FormatOptions.builder().limits(limits).build()));
    }

    @Test
    void theDefaultsReadTheSeedEventWithItsProgramme() throws IOException {
        for (CatalogFormat format : FORMATS) {
            Catalog c = format.read(new ByteArrayInputStream(seedEvent(format)), FormatOptions.defaults()).catalog();
            assertThat(c.events()).as(format.name()).hasSize(1);
            // the seed's arrival item has no start time, so a calendar has one session less
            assertThat(c.events().get(0).programme()).as(format.name()).hasSize(11);
        }
    }

    @Test
    void aDocumentLongerThanTheLimitStopsNamingIt() throws IOException {
        for (CatalogFormat format : FORMATS) {
            byte[] bytes = seedEvent(format);
            assertThat(read(format, bytes, ReadLimits.builder().maxDocumentLength(bytes.length).build()))
                    .as(format.name()).isNull();
            assertThat(read(format, bytes, ReadLimits.builder().maxDocumentLength(bytes.length / 2).build()))
                    .as(format.name()).isInstanceOf(InputException.class)
                    .hasMessageContaining("ReadLimits.maxDocumentLength");
        }
    }

    @Test
    void moreSessionsThanTheLimitStopNamingTheEvent() throws IOException {
        for (CatalogFormat format : FORMATS) {
            byte[] bytes = seedEvent(format);
            assertThat(read(format, bytes, ReadLimits.builder().maxSessionsPerEvent(11).build())).as(format.name()).isNull();
            Throwable t = read(format, bytes, ReadLimits.builder().maxSessionsPerEvent(10).build());
            assertThat(t).as(format.name()).isInstanceOf(InputException.class)
                    .hasMessageContaining("11 sessions").hasMessageContaining("ReadLimits.maxSessionsPerEvent")
                    .hasMessageContaining(SeedCatalog.KAS_KOMMUNALKONGRESS_2024.value());
            assertThat(read(format, bytes, ReadLimits.builder().maxStringLength(10).build())).as(format.name())
                    .isInstanceOf(InputException.class).hasMessageContaining("ReadLimits.maxStringLength");
        }
    }
}
