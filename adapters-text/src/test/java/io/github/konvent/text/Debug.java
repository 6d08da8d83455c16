package io.github.konvent.text;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Person;

/** A compact text view of a catalog for test output. */
final class Debug {
    private Debug() {}

    static String summary(Catalog c) {
        StringBuilder sb = new StringBuilder();
        c.series().forEach(s -> sb.append("series ").append(s.id()).append(" '").append(s.name()).append("' ")
                .append(s.cadence().kind()).append(" first=").append(s.firstYear().orElse(null)).append('\n'));
        for (Event e : c.events()) {
            sb.append("event ").append(e.id()).append(" '").append(e.title()).append("' ").append(e.status())
                    .append(' ').append(e.type()).append(' ').append(e.startDate().map(Object::toString).orElse("-"))
                    .append(" days=").append(e.days()).append(' ').append(e.dailyStart().orElse(null)).append('-')
                    .append(e.dailyEnd().orElse(null)).append(' ').append(e.attendanceMode())
                    .append(" venue=").append(e.venue().flatMap(c::venue).map(v -> v.name() + " "
                            + v.address().map(a -> a.toDisplayString()).orElse("")).orElse("-"))
                    .append(" reg=").append(e.registration().map(r -> r.state() + " " + r.url().orElse(null)).orElse("-"))
                    .append('\n');
            for (Contribution x : e.contributions()) {
                sb.append("   [event] ").append(x.role()).append(' ').append(x.person()).append(' ').append(x.onBehalfOf())
                        .append('\n');
            }
            for (Session s : e.programme()) {
                sb.append("  ").append(s.id().value().replace(e.id().value(), "")).append(" d").append(s.day())
                        .append(' ').append(s.start().map(Object::toString).orElse("     ")).append('-')
                        .append(s.end().map(Object::toString).orElse("     ")).append(' ').append(s.format())
                        .append(s.formatLabel().map(l -> "[" + l + "]").orElse("")).append(s.optional() ? " (opt)" : "")
                        .append(s.block().map(b -> " {" + b + "}").orElse("")).append(s.parent().map(p -> " ^" + p.value()
                                .replace(e.id().value(), "")).orElse("")).append(" '").append(s.title()).append("'")
                        .append(s.presenters().isEmpty() ? "" : " presenters=" + s.presenters()).append('\n');
                for (Contribution x : s.contributions()) {
                    sb.append("      ").append(x.role()).append(' ').append(x.person()).append(' ')
                            .append(x.onBehalfOf()).append(x.function().map(f -> " fn=" + f).orElse("")).append('\n');
                }
            }
        }
        for (Person p : c.people()) {
            sb.append("person ").append(p.id()).append(" '").append(p.displayName()).append("' ")
                    .append(p.affiliations().stream().map(a -> a.organization().value() + a.position().map(x -> "/" + x)
                            .orElse("")).toList()).append('\n');
        }
        c.organizations().forEach(o -> sb.append("org ").append(o.id()).append(" '").append(o.name()).append("' ")
                .append(o.kind()).append(o.shortName().map(s -> " (" + s + ")").orElse("")).append('\n'));
        c.projects().forEach(p -> sb.append("project ").append(p.id()).append('\n'));
        return sb.toString();
    }
}
