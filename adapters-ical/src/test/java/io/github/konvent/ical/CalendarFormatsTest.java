package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.Formats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ical, jcal and xcal formats: registered, recognised, and one model under three syntaxes. */
class CalendarFormatsTest {
    /** The example of RFC 7265 section 6 (jCal). */
    static final String RFC7265 = """
            ["vcalendar",
              [
                ["calscale", {}, "text", "GREGORIAN"],
                ["prodid", {}, "text", "-//Example Inc.//Example Calendar//EN"],
                ["version", {}, "text", "2.0"]
              ],
              [
                ["vevent",
                  [
                    ["dtstamp", {}, "date-time", "2008-02-05T19:12:24Z"],
                    ["dtstart", {}, "date", "2008-10-06"],
                    ["summary", {}, "text", "Planning meeting"],
                    ["uid", {}, "text", "4088E990AD89CB3DBB484909"]
                  ],
                  []
                ]
              ]
            ]
            """;

    /** The example of RFC 6321 section 4 (xCal). */
    static final String RFC6321 = """
            <?xml version="1.0" encoding="utf-8"?>
            <icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0">
             <vcalendar>
              <properties>
               <calscale><text>GREGORIAN</text></calscale>
               <prodid><text>-//Example Inc.//Example Calendar//EN</text></prodid>
               <version><text>2.0</text></version>
              </properties>
              <components>
               <vevent>
                <properties>
                 <dtstamp><date-time>2008-02-05T19:12:24Z</date-time></dtstamp>
                 <dtstart><date>2008-10-06</date></dtstart>
                 <summary><text>Planning meeting</text></summary>
                 <uid><text>4088E990AD89CB3DBB484909</text></uid>
                </properties>
               </vevent>
              </components>
             </vcalendar>
            </icalendar>
            """;

    /** The same calendar in iCalendar. */
    static final String ICS = "BEGIN:VCALENDAR\r\nCALSCALE:GREGORIAN\r\nPRODID:-//Example Inc.//Example Calendar//EN\r\n"
            + "VERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTAMP:20080205T191224Z\r\nDTSTART;VALUE=DATE:20081006\r\n"
            + "SUMMARY:Planning meeting\r\nUID:4088E990AD89CB3DBB484909\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private static Catalog read(CatalogFormat f, String text) throws IOException {
        return f.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), FormatOptions.defaults()).catalog();
    }

    private static String write(CatalogFormat f, Catalog c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(c, out, FormatOptions.defaults());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theThreeFormatsAreInstalledWithNamesMediaTypesAndExtensions() {
        Formats formats = Formats.installed();
        assertThat(formats.require("ical").mediaType()).isEqualTo("text/calendar");
        assertThat(formats.require("jcal").mediaType()).isEqualTo("application/calendar+json");
        assertThat(formats.require("xcal").mediaType()).isEqualTo("application/calendar+xml");
        assertThat(formats.forExtension("ics")).map(CatalogFormat::name).contains("ical");
        assertThat(formats.forExtension("jcal")).map(CatalogFormat::name).contains("jcal");
        assertThat(formats.forExtension("xcs")).map(CatalogFormat::name).contains("xcal");
        assertThat(List.of("ical", "jcal", "xcal")).allSatisfy(n -> {
            assertThat(formats.require(n).canRead()).isTrue();
            assertThat(formats.require(n).canWrite()).isTrue();
        });
    }

    @Test
    void contentIsRecognisedWhateverTheFileIsCalled() {
        Formats formats = Formats.installed();
        assertThat(formats.detect(FormatHead.of(ICS.getBytes(StandardCharsets.UTF_8), "feed.txt")).name()).isEqualTo("ical");
        assertThat(formats.detect(FormatHead.of(RFC7265.getBytes(StandardCharsets.UTF_8), "feed.json")).name()).isEqualTo("jcal");
        assertThat(formats.detect(FormatHead.of(RFC6321.getBytes(StandardCharsets.UTF_8), "feed.xml")).name()).isEqualTo("xcal");
        assertThat(new JCalFormat().detect(FormatHead.of("{\"schedule\": {}}".getBytes(StandardCharsets.UTF_8), "x.json")))
                .isZero();
        assertThat(new XCalFormat().detect(FormatHead.of("<schedule/>".getBytes(StandardCharsets.UTF_8), "x.xml"))).isZero();
        assertThat(new ICalFormat().detect(FormatHead.of("BEGIN:VCARD".getBytes(StandardCharsets.UTF_8), "x.vcf"))).isZero();
    }

    @Test
    void theRfcExamplesReadAsTheSameCatalog() throws IOException {
        Catalog fromIcs = read(new ICalFormat(), ICS);
        assertThat(read(new JCalFormat(), RFC7265)).isEqualTo(fromIcs);
        assertThat(read(new XCalFormat(), RFC6321)).isEqualTo(fromIcs);
        Event e = fromIcs.events().get(0);
        assertThat(e.title()).isEqualTo("Planning meeting");
        assertThat(e.startDate()).contains(LocalDate.of(2008, 10, 6));
        assertThat(e.externalIds()).containsEntry("ical.uid", "4088E990AD89CB3DBB484909");
    }

    @Test
    void theSeedCatalogRoundTripsThroughJcalAndXcalLikeThroughIcal() throws IOException {
        Catalog seed = Fixtures.catalog();
        Catalog viaIcs = read(new ICalFormat(), write(new ICalFormat(), seed));
        String jcal = write(new JCalFormat(), seed);
        String xcal = write(new XCalFormat(), seed);
        assertThat(jcal).startsWith("[\"vcalendar\", [");
        assertThat(xcal).contains("<icalendar xmlns=\"urn:ietf:params:xml:ns:icalendar-2.0\">");
        assertThat(read(new JCalFormat(), jcal)).isEqualTo(viaIcs);
        assertThat(read(new XCalFormat(), xcal)).isEqualTo(viaIcs);
        assertThat(Facts.of(viaIcs)).containsExactlyElementsOf(Facts.of(seed));
    }

    @Test
    void oneEventIsWrittenWhenTheOptionNamesIt() throws IOException {
        Catalog seed = Fixtures.catalog();
        Event first = seed.events().stream().filter(e -> e.startDate().isPresent()).findFirst().orElseThrow();
        FormatOptions one = FormatOptions.builder().event(first.id()).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JCalFormat().write(seed, out, one);
        Catalog back = new JCalFormat().read(new ByteArrayInputStream(out.toByteArray()), FormatOptions.defaults()).catalog();
        assertThat(back.events()).extracting(Event::id).containsExactly(first.id());
    }
}
