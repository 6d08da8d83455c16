package io.github.konvent.benchmarks.ical;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.ical.KonventICal;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import io.github.konvent.testing.SyntheticCatalog;
import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Participant;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VLocation;
import net.fortuna.ical4j.model.parameter.FmtType;
import net.fortuna.ical4j.model.parameter.RelType;
import net.fortuna.ical4j.model.parameter.Schema;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ParticipantType;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.StructuredData;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exporting the synthetic M catalog (50,000 sessions) as one iCalendar feed: Konvent against the
 * same VEVENTs built directly with ical4j and written by its {@link CalendarOutputter}, and against
 * a minimal hand-written RFC 5545 writer (the lower bound). Every variant writes into a counting
 * writer, so no time goes to I/O. Run: {@code java -jar benchmarks/target/benchmarks.jar ICalExport -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class ICalExportBenchmark {
    private static final Instant STAMP = Instant.parse("2026-01-15T12:00:00Z");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    Catalog catalog;
    KonventICal ical;
    TimeZoneRegistry registry;

    /** A writer that only counts what it is given. */
    static final class CountingWriter extends Writer {
        long chars;

        @Override
        public void write(char[] cbuf, int off, int len) {
            chars += len;
        }

        @Override
        public void write(String str, int off, int len) {
            chars += len;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Setup(Level.Trial)
    public void setUp() {
        catalog = SyntheticCatalog.generate(42, SyntheticCatalog.M);
        ical = KonventICal.create().withClock(Clock.fixed(STAMP, ZoneOffset.UTC));
        registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        registry.getTimeZone("Europe/Berlin"); // ical4j's first zone lookup costs ~0.4 s: not measured
    }

    /** Konvent: the catalog as one feed, with VTIMEZONE, sessions, participants and locations. */
    @Benchmark
    public long konvent() {
        CountingWriter out = new CountingWriter();
        ical.exportCatalog(catalog, out);
        return out.chars;
    }

    /** ical4j: the same VEVENTs built as ical4j objects and written with its outputter. */
    @Benchmark
    public long ical4j() throws IOException, URISyntaxException {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Konvent//Konvent iCal//DE"));
        cal.add(new Version(new ParameterList(), "2.0"));
        Set<ZoneId> zones = new HashSet<>();
        DtStamp stamp = new DtStamp(STAMP);
        for (Event e : catalog.events()) {
            if (e.startDate().isEmpty()) {
                continue;
            }
            zones.add(e.zone());
            VEvent ev = new VEvent(false);
            ev.add(new Uid("urn:konvent:event:" + e.id().value()));
            ev.add(stamp);
            ev.add(new Sequence((int) e.revision()));
            if (e.dailyStart().isPresent() && e.dailyEnd().isPresent()) {
                ev.add(new DtStart<>(e.startDate().get().atTime(e.dailyStart().get()).atZone(e.zone())));
                ev.add(new DtEnd<>(e.endDate().get().atTime(e.dailyEnd().get()).atZone(e.zone())));
            } else {
                ev.add(new DtStart<>(e.startDate().get()));
                ev.add(new DtEnd<>(e.endDate().get().plusDays(1)));
            }
            ev.add(new Summary(e.title()));
            e.description().ifPresent(d -> ev.add(new Description(d)));
            ev.add(new Status(status(e)));
            ev.add(new Categories(e.type().labelDe()));
            Optional<Venue> venue = e.venue().flatMap(catalog::venue);
            venue.ifPresent(v -> ev.add(new Location(v.name())));
            cal.add(ev);
            for (Session s : e.programme()) {
                Optional<LocalDateTime> start = e.startOf(s);
                if (start.isEmpty()) {
                    continue;
                }
                VEvent se = new VEvent(false);
                se.add(new Uid("urn:konvent:session:" + s.id().value()));
                se.add(stamp);
                se.add(new Sequence((int) e.revision()));
                se.add(new DtStart<>(start.get().atZone(e.zone())));
                e.endOf(s).ifPresent(end -> se.add(new DtEnd<>(end.atZone(e.zone()))));
                se.add(new Summary(s.title()));
                s.description().ifPresent(d -> se.add(new Description(d)));
                se.add(new Status(status(e)));
                se.add(new Categories(s.format().labelDe()));
                Optional<Room> room = s.room().flatMap(catalog::room);
                String loc = room.map(r -> r.name() + ", ").orElse("") + venue.map(Venue::name).orElse("");
                if (!loc.isEmpty()) {
                    se.add(new Location(loc));
                }
                ParameterList parent = new ParameterList();
                parent = parent.add(RelType.PARENT);
                se.add(new RelatedTo(parent, "urn:konvent:event:" + e.id().value()));
                room.ifPresent(r -> {
                    VLocation l = new VLocation();
                    l.add(new Uid("urn:konvent:room:" + r.id().value()));
                    l.add(new Name(r.name()));
                    se.add(l);
                });
                int i = 0;
                for (Contribution c : s.contributions()) {
                    Person p = catalog.person(c.person()).orElseThrow();
                    Participant part = new Participant();
                    part.add(new Uid("urn:konvent:participant:" + s.id().value() + ":" + p.id().value() + ":" + i++));
                    part.add(stamp);
                    part.add(new ParticipantType(type(c.role())));
                    part.add(new Summary(p.displayName()));
                    ParameterList sd = new ParameterList();
                    sd = sd.add(Value.TEXT).add(new FmtType("text/vcard")).add(new Schema(new java.net.URI("https://www.rfc-editor.org/rfc/rfc6350")));
                    part.add(new StructuredData(sd, vcard(p, c)));
                    se.add(part);
                }
                cal.add(se);
            }
        }
        for (ZoneId z : zones) {
            cal.add(registry.getTimeZone(z.getId()).getVTimeZone());
        }
        CountingWriter out = new CountingWriter();
        new CalendarOutputter(false).output(cal, out);
        return out.chars;
    }

    /** The lower bound: a minimal RFC 5545 writer of the same content (folding at 75 characters). */
    @Benchmark
    public long handWritten() throws IOException {
        CountingWriter out = new CountingWriter();
        StringBuilder sb = new StringBuilder(1 << 16);
        String stamp = "DTSTAMP:20260115T120000Z";
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//Konvent//Konvent iCal//DE");
        line(sb, "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0200"
                + "\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
                + "DTSTART:19700329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
                + "\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE");
        for (Event e : catalog.events()) {
            if (e.startDate().isEmpty()) {
                continue;
            }
            String tz = e.zone().getId();
            line(sb, "BEGIN:VEVENT");
            line(sb, "UID:urn:konvent:event:" + e.id().value());
            line(sb, stamp);
            line(sb, "SEQUENCE:" + e.revision());
            if (e.dailyStart().isPresent() && e.dailyEnd().isPresent()) {
                line(sb, "DTSTART;TZID=" + tz + ":" + LOCAL.format(e.startDate().get().atTime(e.dailyStart().get())));
                line(sb, "DTEND;TZID=" + tz + ":" + LOCAL.format(e.endDate().get().atTime(e.dailyEnd().get())));
            } else {
                line(sb, "DTSTART;VALUE=DATE:" + e.startDate().get().toString().replace("-", ""));
                line(sb, "DTEND;VALUE=DATE:" + e.endDate().get().plusDays(1).toString().replace("-", ""));
            }
            line(sb, "SUMMARY:" + esc(e.title()));
            e.description().ifPresent(d -> line(sb, "DESCRIPTION:" + esc(d)));
            line(sb, "STATUS:" + status(e));
            line(sb, "CATEGORIES:" + esc(e.type().labelDe()));
            Optional<Venue> venue = e.venue().flatMap(catalog::venue);
            venue.ifPresent(v -> line(sb, "LOCATION:" + esc(v.name())));
            line(sb, "END:VEVENT");
            for (Session s : e.programme()) {
                Optional<LocalDateTime> start = e.startOf(s);
                if (start.isEmpty()) {
                    continue;
                }
                line(sb, "BEGIN:VEVENT");
                line(sb, "UID:urn:konvent:session:" + s.id().value());
                line(sb, stamp);
                line(sb, "SEQUENCE:" + e.revision());
                line(sb, "DTSTART;TZID=" + tz + ":" + LOCAL.format(start.get()));
                e.endOf(s).ifPresent(end -> line(sb, "DTEND;TZID=" + tz + ":" + LOCAL.format(end)));
                line(sb, "SUMMARY:" + esc(s.title()));
                s.description().ifPresent(d -> line(sb, "DESCRIPTION:" + esc(d)));
                line(sb, "STATUS:" + status(e));
                line(sb, "CATEGORIES:" + esc(s.format().labelDe()));
                Optional<Room> room = s.room().flatMap(catalog::room);
                String loc = room.map(r -> r.name() + ", ").orElse("") + venue.map(Venue::name).orElse("");
                if (!loc.isEmpty()) {
                    line(sb, "LOCATION:" + esc(loc));
                }
                line(sb, "RELATED-TO;RELTYPE=PARENT:urn:konvent:event:" + e.id().value());
                room.ifPresent(r -> line(sb, "BEGIN:VLOCATION\r\nUID:urn:konvent:room:" + r.id().value() + "\r\nNAME:"
                        + esc(r.name()) + "\r\nEND:VLOCATION"));
                int i = 0;
                for (Contribution c : s.contributions()) {
                    Person p = catalog.person(c.person()).orElseThrow();
                    line(sb, "BEGIN:PARTICIPANT");
                    line(sb, "UID:urn:konvent:participant:" + s.id().value() + ":" + p.id().value() + ":" + i++);
                    line(sb, stamp);
                    line(sb, "PARTICIPANT-TYPE:" + type(c.role()));
                    line(sb, "SUMMARY:" + esc(p.displayName()));
                    line(sb, "STRUCTURED-DATA;VALUE=TEXT;FMTTYPE=text/vcard;SCHEMA=\"https://www.rfc-editor.org/rfc/rfc6350\":"
                            + esc(vcard(p, c)));
                    line(sb, "END:PARTICIPANT");
                }
                line(sb, "END:VEVENT");
            }
            if (sb.length() > 1 << 15) {
                out.write(sb.toString());
                sb.setLength(0);
            }
        }
        line(sb, "END:VCALENDAR");
        out.write(sb.toString());
        return out.chars;
    }

    private static void line(StringBuilder sb, String line) {
        int n = line.length();
        int end = Math.min(n, 75);
        sb.append(line, 0, end);
        for (int i = end; i < n; i += 74) {
            sb.append("\r\n ").append(line, i, Math.min(n, i + 74));
        }
        sb.append("\r\n");
    }

    private static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String status(Event e) {
        return switch (e.status()) {
            case CANCELLED -> "CANCELLED";
            case SAVE_THE_DATE, POSTPONED -> "TENTATIVE";
            default -> "CONFIRMED";
        };
    }

    private static String type(ContributionRole role) {
        return switch (role) {
            case SPEAKER, PANELIST, GREETING -> "SPEAKER";
            default -> "ACTIVE";
        };
    }

    private static String vcard(Person p, Contribution c) {
        StringBuilder sb = new StringBuilder("BEGIN:VCARD\nVERSION:4.0\nFN:").append(p.displayName())
                .append("\nN:").append(p.familyName()).append(';').append(p.givenName().orElse("")).append(";;")
                .append(p.honorific().orElse("")).append(';');
        c.function().ifPresent(f -> sb.append("\nTITLE:").append(f));
        return sb.append("\nEND:VCARD").toString();
    }
}
