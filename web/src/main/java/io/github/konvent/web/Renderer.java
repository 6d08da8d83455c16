package io.github.konvent.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.konvent.Catalog;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.Registration;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.SessionId;
import io.github.konvent.json.SchemaOrg;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import io.github.konvent.version.ProgrammeDiff;
import io.github.konvent.version.ProgrammeHistory;
import io.github.konvent.version.ProgrammeVersion;
import io.github.konvent.web.view.Texts;
import io.github.konvent.web.view.Views;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Builds the page models from a catalog and renders them with the precompiled templates. */
final class Renderer {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final Links links;
    private final String suffix;

    Renderer(Links links) {
        this.links = links;
        this.suffix = links == Links.SITE ? ".html" : "";
    }

    static String render(String template, Map<String, Object> model) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, model, out);
        return out.toString();
    }

    private static String other(String lang) {
        return "de".equals(lang) ? "en" : "de";
    }

    static String safeJson(String json) {
        return json.replace("</", "<\\/").replace("<!--", "<\\!--");
    }

    private Views.Page page(Texts t, String title, String jsonLd, String otherHref) {
        return new Views.Page(t, title, safeJson(jsonLd), otherHref, links.home(t.lang()), suffix);
    }

    // --- the event page -------------------------------------------------------------------------

    String event(Catalog catalog, Event e, Locale locale, Optional<ProgrammeHistory> history) {
        Texts t = Texts.of(locale);
        String lang = t.lang();
        String jsonLd = SchemaOrg.event(catalog, e.id());
        Optional<Venue> venue = e.venue().flatMap(catalog::venue);
        String place = venue.map(v -> v.name() + v.address().map(a -> a.toDisplayString()).filter(s -> !s.isEmpty())
                .map(s -> ", " + s).orElse("")).orElse("");
        Optional<OnlineLocation> online = e.online();
        String joinUrl = e.attendanceMode() == AttendanceMode.IN_PERSON ? ""
                : online.flatMap(OnlineLocation::joinUrl).map(Object::toString).orElse("");
        String joinLabel = online.flatMap(o -> o.label().or(o::platform)).orElse("");
        Optional<Registration> reg = e.registration();
        String regNote = reg.map(r -> registrationNote(r, locale)).orElse("");
        String organisers = e.parties(io.github.konvent.event.InvolvementRole.ORGANISER).stream()
                .map(catalog::nameOf).collect(Collectors.joining(", "));
        List<Views.PersonLine> moderators = new ArrayList<>();
        LocalDate on = e.startDate().orElse(LocalDate.now());
        for (Contribution c : e.contributions()) {
            moderators.add(personLine(catalog, c, on, locale));
        }
        long version = history.map(ProgrammeHistory::current).orElse(0L);
        List<String> changes = history.flatMap(h -> h.versions().isEmpty() ? Optional.empty()
                        : Optional.of(h.versions().get(h.versions().size() - 1)))
                .filter(v -> !v.changes().isEmpty())
                .map((ProgrammeVersion v) -> ProgrammeDiff.builder().event(e.id()).changes(v.changes()).build()
                        .lines(locale, catalog))
                .orElse(List.of());
        Optional<EventSeries> series = e.series().flatMap(catalog::series);
        String id = e.id().value();
        Views.EventPage model = new Views.EventPage(
                page(t, e.title(), jsonLd, links.event(id, other(lang))),
                e.title(), e.subtitle().or(e::theme).orElse(""), when(e, locale), zoneName(e.zone(), locale),
                e.status().label(locale), e.attendanceMode().label(locale), place, joinUrl, joinLabel,
                reg.map(r -> r.state().label(locale)).orElse(""),
                reg.flatMap(Registration::url).map(Object::toString).orElse(""), regNote,
                e.description().orElse(""), organisers, moderators, days(catalog, e, locale),
                links.eventFile(id, ".ics"), links.eventFile(id, ".json"), links.eventFile(id, ".jsonld"),
                links.schedule(id), version, changes,
                series.map(s -> links.series(s.id().value(), lang)).orElse(""), series.map(EventSeries::name).orElse(""));
        return render("event.jte", Map.of("e", model));
    }

    private static String registrationNote(Registration r, Locale locale) {
        boolean de = "de".equals(locale.getLanguage());
        List<String> parts = new ArrayList<>();
        r.fee().ifPresent(f -> parts.add((de ? "Gebühr " : "Fee ") + f.amount().toPlainString() + " " + f.currency()));
        r.closes().ifPresent(c -> parts.add((de ? "bis " : "until ")
                + c.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale))));
        r.capacity().ifPresent(c -> parts.add((de ? "Plätze: " : "Places: ") + c));
        r.note().ifPresent(parts::add);
        return String.join(" · ", parts);
    }

    static String zoneName(ZoneId zone, Locale locale) {
        return zone.getId() + " (" + zone.getDisplayName(TextStyle.SHORT, locale) + ")";
    }

    static String when(Event e, Locale locale) {
        if (e.startDate().isEmpty()) {
            return e.year().map(String::valueOf).orElse("");
        }
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        LocalDate first = e.startDate().get();
        String s = first.format(full);
        if (e.days() > 1) {
            s += " – " + e.endDate().get().format(full);
        }
        if (e.dailyStart().isPresent()) {
            s += ", " + e.dailyStart().get().format(HM) + e.dailyEnd().map(x -> "–" + x.format(HM)).orElse("");
        }
        return s;
    }

    static String shortWhen(Event e, Locale locale) {
        return e.startDate().map(d -> d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale))
                        + (e.days() > 1 ? " – " + e.endDate().get().format(
                                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)) : ""))
                .orElse(e.year().map(String::valueOf).orElse(""));
    }

    private Views.PersonLine personLine(Catalog catalog, Contribution c, LocalDate on, Locale locale) {
        Optional<Person> p = catalog.person(c.person());
        String name = p.map(Person::displayName).orElse(c.person().value());
        List<String> aff = new ArrayList<>();
        c.function().ifPresent(aff::add);
        if (!c.onBehalfOf().isEmpty()) {
            for (PartyId party : c.onBehalfOf()) {
                aff.add(partyName(catalog, party));
            }
        } else {
            p.ifPresent(x -> x.organizationsOn(on).forEach(o -> aff.add(partyName(catalog, o))));
        }
        return new Views.PersonLine(c.role().label(locale), name, String.join(", ", aff),
                links.person(c.person().value(), Texts.of(locale).lang()));
    }

    /** @return an organisation's full name (not its short name), or the catalog's name of other parties */
    static String partyName(Catalog catalog, PartyId party) {
        if (party instanceof io.github.konvent.id.OrganizationId o) {
            return catalog.organization(o).map(io.github.konvent.people.Organization::name).orElse(o.value());
        }
        return catalog.nameOf(party);
    }

    private List<Views.Day> days(Catalog catalog, Event e, Locale locale) {
        Map<SessionId, List<Session>> children = new LinkedHashMap<>();
        for (Session s : e.programme()) {
            s.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(s));
        }
        Map<Integer, List<Session>> byDay = new TreeMap<>();
        for (Session s : e.programme()) {
            if (s.parent().isEmpty()) {
                byDay.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s);
            }
        }
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        List<Views.Day> days = new ArrayList<>();
        for (Map.Entry<Integer, List<Session>> d : byDay.entrySet()) {
            String heading = e.date(d.getKey()).map(x -> x.format(full))
                    .orElse(("de".equals(locale.getLanguage()) ? "Tag " : "Day ") + d.getKey());
            List<Views.Row> rows = new ArrayList<>();
            Map<BlockId, List<Views.SessionItem>> blocks = new LinkedHashMap<>();
            List<Session> sorted = new ArrayList<>(d.getValue());
            sorted.sort(Comparator.comparing((Session s) -> s.start().orElse(LocalTime.MAX)));
            for (Session s : sorted) {
                Views.SessionItem item = item(catalog, e, s, children, locale);
                if (s.block().isPresent()) {
                    List<Views.SessionItem> members = blocks.get(s.block().get());
                    if (members == null) {
                        members = new ArrayList<>();
                        blocks.put(s.block().get(), members);
                        String label = e.blocks().stream().filter(b -> b.id().equals(s.block().get())).findFirst()
                                .flatMap(b -> b.label()).orElse("");
                        rows.add(new Views.Row(item.start(), false, label, members));
                    }
                    members.add(item);
                } else {
                    rows.add(new Views.Row(item.start(), s.format().isBreak() && s.room().isEmpty(), "", List.of(item)));
                }
            }
            days.add(new Views.Day("day-" + d.getKey(), heading, rows));
        }
        return days;
    }

    private Views.SessionItem item(Catalog catalog, Event e, Session s, Map<SessionId, List<Session>> children,
            Locale locale) {
        Optional<LocalDateTime> start = e.startOf(s);
        Optional<LocalDateTime> end = e.endOf(s);
        String iso = start.map(x -> x.atZone(e.zone()).toOffsetDateTime().toString()).orElse("");
        LocalDate on = start.map(LocalDateTime::toLocalDate).or(e::startDate).orElse(LocalDate.now());
        List<Views.PersonLine> people = new ArrayList<>();
        for (Contribution c : s.contributions()) {
            people.add(personLine(catalog, c, on, locale));
        }
        String presenters = s.presenters().stream().map(catalog::nameOf).collect(Collectors.joining(", "));
        List<Views.SessionItem> kids = new ArrayList<>();
        for (Session c : children.getOrDefault(s.id(), List.of())) {
            kids.add(item(catalog, e, c, children, locale));
        }
        String format = "de".equals(locale.getLanguage()) ? s.formatLabel().orElse(s.format().label(locale))
                : s.format().label(locale);
        return new Views.SessionItem("s-" + s.id().value(), start.map(x -> x.format(HM)).orElse(""),
                end.filter(x -> !s.endDerived()).map(x -> x.format(HM)).orElse(""), iso, s.title(), format,
                s.room().flatMap(catalog::room).map(r -> r.name()).orElse(""), s.optional(), people, presenters, kids);
    }

    // --- other pages ----------------------------------------------------------------------------

    Views.EventLink link(Catalog catalog, Event e, Locale locale) {
        String where = e.venue().flatMap(catalog::venue).map(Venue::name)
                .orElse(e.attendanceMode() == AttendanceMode.ONLINE ? Texts.of(locale).get("online") : "");
        return new Views.EventLink(e.title(), links.event(e.id().value(), Texts.of(locale).lang()), shortWhen(e, locale),
                where);
    }

    String series(Catalog catalog, EventSeries s, Locale locale) {
        Texts t = Texts.of(locale);
        Map<String, List<Views.EventLink>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Event e : catalog.editions(s.id())) {
            years.computeIfAbsent(e.year().map(String::valueOf).orElse("–"), y -> new ArrayList<>())
                    .add(link(catalog, e, locale));
        }
        List<Views.Year> list = new ArrayList<>();
        years.forEach((y, l) -> list.add(new Views.Year(y, l)));
        Views.SeriesPage model = new Views.SeriesPage(
                page(t, s.name(), SchemaOrg.catalog(catalog), links.series(s.id().value(), other(t.lang()))),
                s.name(), s.motto().or(s::description).orElse(""), links.seriesIcs(s.id().value()), list);
        return render("series.jte", Map.of("s", model));
    }

    String person(Catalog catalog, Person p, Locale locale) {
        Texts t = Texts.of(locale);
        PersonId id = p.id();
        List<Views.Appearance> list = new ArrayList<>();
        List<Event> events = new ArrayList<>(catalog.events());
        events.sort(Comparator.comparing((Event e) -> e.startDate().orElse(LocalDate.MIN)).reversed());
        for (Event e : events) {
            Views.EventLink link = link(catalog, e, locale);
            for (Contribution c : e.contributions()) {
                if (c.person().equals(id)) {
                    list.add(new Views.Appearance(link, "", c.role().label(locale)));
                }
            }
            for (Session s : e.programme()) {
                for (Contribution c : s.contributions()) {
                    if (c.person().equals(id)) {
                        list.add(new Views.Appearance(link, s.title(), c.role().label(locale)));
                    }
                }
            }
        }
        LocalDate today = LocalDate.now();
        String aff = p.affiliations().stream().filter(a -> a.mayHoldOn(today) || a.validUntil().isEmpty())
                .map(a -> a.position().map(x -> x + ", ").orElse("") + catalog.nameOf(a.organization()))
                .distinct().collect(Collectors.joining("; "));
        Views.PersonPage model = new Views.PersonPage(
                page(t, p.displayName(), SchemaOrg.catalog(catalog), links.person(id.value(), other(t.lang()))),
                p.displayName(), aff, list);
        return render("person.jte", Map.of("p", model));
    }

    String list(Catalog catalog, List<Event> events, Locale locale, String heading, String previous, String next,
            long total, String otherHref) {
        Texts t = Texts.of(locale);
        List<Views.EventLink> list = events.stream().map(e -> link(catalog, e, locale)).toList();
        Views.ListPage model = new Views.ListPage(page(t, heading, SchemaOrg.catalog(catalog), otherHref), heading,
                list, previous, next, total);
        return render("events.jte", Map.of("l", model));
    }

    String error(int status, Locale locale, String message, String otherHref) {
        Texts t = Texts.of(locale);
        String heading = switch (status) {
            case 404 -> t.get("notFound");
            case 400 -> t.get("badRequest");
            default -> t.get("error");
        };
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"name\":\"" + status + "\"}";
        Views.ErrorPage model = new Views.ErrorPage(page(t, status + " " + heading, ld, otherHref), status, heading,
                message);
        return render("error.jte", Map.of("e", model));
    }
}
