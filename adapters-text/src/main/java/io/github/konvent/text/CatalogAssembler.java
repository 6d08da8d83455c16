package io.github.konvent.text;

import io.github.konvent.Catalog;
import io.github.konvent.event.Address;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Registration;
import io.github.konvent.event.RegistrationState;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.Project;
import io.github.konvent.funding.ProjectKind;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.IdNames;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import io.github.konvent.spi.Notice;
import io.github.konvent.spi.ReadLimits;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Turns the parser's drafts into a valid catalog and the provenance side table. */
final class CatalogAssembler {
    private static final int MAX_EVENT_ID = 100;

    private final TextImport.Options options;
    private final Drafts.Doc doc;
    private final List<Fact> facts = new ArrayList<>();
    private final IdNames.Allocator eventIds = IdNames.allocator();
    private final IdNames.Allocator personIds = IdNames.allocator();
    private final IdNames.Allocator orgIds = IdNames.allocator();
    private final IdNames.Allocator projectIds = IdNames.allocator();
    private final IdNames.Allocator venueIds = IdNames.allocator();
    private final Map<String, Organization> orgs = new LinkedHashMap<>();
    private final Map<String, OrganizationId> orgByKey = new HashMap<>();
    private final Map<String, Person.Builder> people = new LinkedHashMap<>();
    private final Map<String, PersonId> personByKey = new HashMap<>();
    private final Map<PersonId, List<Affiliation>> affiliations = new LinkedHashMap<>();
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Map<String, ProjectId> projectByKey = new HashMap<>();
    private final List<Venue> venues = new ArrayList<>();
    /** Organisations by the name as written, before {@link #norm}: most names repeat verbatim. */
    private final Map<String, OrganizationId> orgByName = new HashMap<>();
    private final Optional<String> sourceUrl;
    private final ReadLimits limits;
    /** Heads of a municipality or district named without an organisation in a greeting: see {@link #headsOfHost}. */
    private final Map<PersonId, Drafts.PersonRef> heads = new LinkedHashMap<>();

    CatalogAssembler(TextImport.Options options, Drafts.Doc doc) {
        this.options = options;
        this.doc = doc;
        this.sourceUrl = options.sourceUrl();
        this.limits = options.limits();
        Catalog known = options.known();
        known.organizations().forEach(o -> orgIds.reserve(o.id().value()));
        known.people().forEach(p -> personIds.reserve(p.id().value()));
        known.projects().forEach(p -> projectIds.reserve(p.id().value()));
    }

    TextImport.Result assemble() {
        Catalog.Builder b = Catalog.builder();
        List<Event> events = new ArrayList<>();
        String fallbackTitle = fallbackTitle();
        boolean first = true;
        for (Drafts.Event e : doc.events) {
            if (e.items.isEmpty() && e.start == null && e.statedYear == null && e.contributions.isEmpty()
                    && e.venue == null && e.status == null) {
                continue;
            }
            limit(events.size() + 1, limits.maxEvents(), "maxEvents", "events", e.firstLine.location);
            events.add(event(e, first ? fallbackTitle : null));
            first = false;
        }
        Optional<EventSeries> series = series(events);
        if (series.isPresent()) {
            b.addSeries(series.get());
            List<Event> linked = new ArrayList<>();
            for (Event e : events) {
                linked.add(e.withSeries(series.get().id()));
            }
            events = linked;
        }
        for (Drafts.PersonRef p : doc.loosePeople) {
            person(p, null);
        }
        headsOfHost(events);
        b.addAllOrganizations(orgs.values());
        for (Map.Entry<String, Person.Builder> pe : people.entrySet()) {
            b.addPeople(pe.getValue().build());
        }
        b.addAllProjects(projects.values());
        b.addAllVenues(venues);
        b.addAllEvents(events);
        return new TextImport.Result(b.build(), facts, doc.notices);
    }

    private String fallbackTitle() {
        for (Drafts.Line l : doc.titleCandidates) {
            if (l.heading == 1) {
                return l.text;
            }
        }
        for (Drafts.Line l : doc.titleCandidates) {
            if (!l.titleUsed && l.heading > 0) {
                return l.text;
            }
        }
        for (Drafts.Line l : doc.titleCandidates) {
            if (!l.titleUsed) {
                return l.text;
            }
        }
        return doc.firstLine == null ? "Veranstaltung" : Drafts.shorten(doc.firstLine.text);
    }

    // ---- events ----------------------------------------------------------------------------

    private Event event(Drafts.Event e, String fallbackTitle) {
        String title = e.title;
        double titleConfidence = e.titleConfidence;
        Drafts.Line titleLine = e.titleLine;
        if (title == null) {
            title = fallbackTitle != null ? fallbackTitle : Drafts.shorten(e.firstLine.text);
            titleConfidence = 0.3;
            titleLine = e.firstLine;
        }
        Integer year = e.start != null ? Integer.valueOf(e.start.getYear()) : e.statedYear;
        String base = title;
        if (year != null && !title.contains(String.valueOf(year))) {
            base = title + " " + (e.start != null && doc.events.size() > 1 ? e.start.toString() : year.toString());
        }
        String slug = IdNames.of(base, "event");
        if (slug.length() > MAX_EVENT_ID) {
            int cut = slug.lastIndexOf('-', MAX_EVENT_ID);
            slug = slug.substring(0, cut > MAX_EVENT_ID / 2 ? cut : MAX_EVENT_ID);
        }
        EventId id = EventId.of(eventIds.idFor(slug, "event"));
        String sid = id.value();
        fact(sid, "title", title, titleLine, titleConfidence, "event-title");
        Event.Builder eb = Event.builder().id(id).title(title);
        EventType type = AnnouncementParser.typeOf(title);
        AttendanceMode mode = e.mode;
        Drafts.Line modeLine = e.modeLine;
        if (mode == null && doc.preambleMode != null) {
            mode = doc.preambleMode;
            modeLine = doc.preambleModeLine;
        }
        if (mode != null) {
            eb.attendanceMode(mode);
            fact(sid, "attendanceMode", mode.name(), modeLine, 0.8, "mode");
            if (mode != AttendanceMode.IN_PERSON) {
                eb.online(OnlineLocation.builder().build());
            }
            if (type == null && mode == AttendanceMode.ONLINE) {
                type = EventType.ONLINE_EVENT;
            }
        }
        if (type != null) {
            eb.type(type);
            fact(sid, "type", type.name(), titleLine, 0.7, "event-type");
        }
        if (e.start != null) {
            eb.startDate(e.start).days(Math.max(1, e.days));
            fact(sid, "startDate", e.start.toString(), e.dateLine, e.dateLocation, e.dateConfidence, "date");
            if (e.days > 1) {
                fact(sid, "days", String.valueOf(e.days), e.dateLine, e.dateLocation, 0.8, "date");
            }
        } else if (e.statedYear != null) {
            eb.statedYear(e.statedYear);
            fact(sid, "statedYear", e.statedYear.toString(), titleLine, 0.7, "year-heading");
        }
        if (e.dailyStart != null) {
            eb.dailyStart(e.dailyStart);
            fact(sid, "dailyStart", e.dailyStart.toString(), e.dailyLine, e.dailyLocation, 0.9, "date-time-range");
            if (e.dailyEnd != null) {
                eb.dailyEnd(e.dailyEnd);
                fact(sid, "dailyEnd", e.dailyEnd.toString(), e.dailyLine, e.dailyLocation, 0.9, "date-time-range");
            }
        }
        if (e.edition != null) {
            eb.editionNumber(e.edition);
            fact(sid, "editionNumber", e.edition.toString(), e.editionLine, 0.7, "edition");
        }
        EventStatus status = e.status;
        if (status == null && e.items.stream().anyMatch(i -> i.start != null || i.end != null)) {
            status = EventStatus.PROGRAMME_PUBLISHED;
            fact(sid, "status", status.name(), e.items.get(0).line, 0.6, "status-from-programme");
        } else if (status != null) {
            fact(sid, "status", status.name(), e.statusLine, "line " + e.statusLine, 0.9, "status");
        }
        if (status != null) {
            eb.status(status);
        }
        if (status == EventStatus.CANCELLED) {
            doc.notice(Notice.Level.INFO, "line " + e.statusLine, "The event '" + Drafts.shorten(title)
                    + "' is cancelled.", "Die Veranstaltung „" + Drafts.shorten(title) + "“ ist abgesagt.");
        }
        venue(e, sid).ifPresent(eb::venue);
        registration(e, sid).ifPresent(eb::registration);
        if (doc.organiser != null) {
            OrganizationId org = organization(doc.organiser, doc.organiserShort, doc.organiserLine, 0.7);
            eb.addInvolvements(Involvement.of(org, InvolvementRole.ORGANISER));
            fact(sid, "organiser", org.value(), doc.organiserLine, 0.7, "organiser");
        }
        LocalDate asOf = e.start;
        int contributions = 0;
        for (Drafts.Contribution c : e.contributions) {
            limit(++contributions, limits.maxListLength(), "maxListLength", "contributions", c.line.location);
            eb.addContributions(contribution(c, asOf, sid));
        }
        sessions(e, id, asOf, eb);
        return eb.build();
    }

    private void sessions(Drafts.Event e, EventId id, LocalDate asOf, Event.Builder eb) {
        Map<Drafts.Item, SessionId> ids = new IdentityHashMap<>();
        Map<Drafts.Block, BlockId> blocks = new IdentityHashMap<>();
        IdNames.Allocator blockIds = IdNames.allocator();
        int n = 0;
        for (Drafts.Item it : e.items) {
            if (it.title == null || it.title.isBlank()) {
                it.title = it.rawTitle == null || it.rawTitle.isBlank() ? null : it.rawTitle;
            }
            if (it.title == null) {
                doc.notice(Notice.Level.WARNING, it.line.location, "A time without a title; the item is left out.",
                        "Eine Uhrzeit ohne Titel; der Programmpunkt wird weggelassen.");
                continue;
            }
            n++;
            limit(n, limits.maxSessionsPerEvent(), "maxSessionsPerEvent", "sessions", it.line.location);
            ids.put(it, SessionId.of(id.value() + (n < 10 ? "-s0" : "-s") + n));
        }
        for (Drafts.Block bl : e.blocks) {
            String label = bl.label == null ? "parallel" : bl.label;
            BlockId bid = BlockId.of(blockIds.idFor(IdNames.of(label, "block").length() > 60
                    ? Rx.replaceAll(IdNames.of(label, "block").substring(0, 60), "-+$", "") : IdNames.of(label, "block"), "block"));
            blocks.put(bl, bid);
            ParallelBlock.Builder pb = ParallelBlock.builder().id(bid).day(bl.day);
            if (bl.label != null) {
                pb.label(bl.label);
            }
            if (bl.start != null) {
                pb.start(bl.start);
            }
            if (bl.end != null && bl.start != null && bl.end.isAfter(bl.start)) {
                pb.end(bl.end);
            }
            long count = e.items.stream().filter(i -> i.block == bl && ids.containsKey(i)).count();
            pb.announcedSessionCount((int) count);
            limit(blocks.size(), limits.maxListLength(), "maxListLength", "parallel blocks", bl.line.location);
            eb.addBlocks(pb.build());
        }
        for (Drafts.Item it : e.items) {
            SessionId sid = ids.get(it);
            if (sid == null) {
                continue;
            }
            String s = sid.value();
            Session.Builder sb = Session.builder().id(sid).title(it.title).format(it.format).day(Math.max(1, it.day));
            fact(s, "title", it.title, it.line, it.confidence, it.rule);
            fact(s, "format", it.format.name(), it.line, it.formatLabel != null ? 0.8 : 0.6, "format-keyword");
            if (it.formatLabel != null) {
                sb.formatLabel(it.formatLabel);
            }
            if (it.start != null) {
                sb.start(it.start);
                fact(s, "start", it.start.toString(), it.line, it.inheritedTime ? 0.7 : 0.95,
                        it.inheritedTime ? "parallel-block-time" : "time-item");
            }
            if (it.end != null && (it.start == null || it.end.isAfter(it.start))) {
                sb.end(it.end);
                fact(s, "end", it.end.toString(), it.line, it.inheritedTime ? 0.7 : 0.95,
                        it.inheritedTime ? "parallel-block-time" : "time-item");
            }
            if (it.day > 1) {
                fact(s, "day", String.valueOf(it.day), it.line, 0.8, "day-heading");
            }
            if (it.optional) {
                sb.optional(true);
                fact(s, "optional", "true", it.line, 0.9, "optional");
            }
            if (it.number != null && it.number >= 1) {
                sb.number(it.number);
            }
            if (it.parent != null && ids.containsKey(it.parent)) {
                sb.parent(ids.get(it.parent));
            }
            if (it.block != null && blocks.containsKey(it.block)) {
                sb.block(blocks.get(it.block));
            }
            List<PartyId> presenters = new ArrayList<>();
            for (String p : it.presenterProjects) {
                ProjectId pid = project(p, it.line);
                if (!presenters.contains(pid)) {
                    presenters.add(pid);
                    fact(s, "presenter", pid.value(), it.line, 0.7, "project-named");
                }
            }
            sb.addAllPresenters(presenters);
            List<PersonId> seen = new ArrayList<>();
            for (Drafts.Contribution c : it.contributions) {
                Contribution con = contribution(c, asOf, s);
                if (!seen.contains(con.person())) {
                    seen.add(con.person());
                    limit(seen.size(), limits.maxListLength(), "maxListLength", "contributions", c.line.location);
                    sb.addContributions(con);
                }
            }
            eb.addProgramme(sb.build());
        }
    }

    private Optional<VenueId> venue(Drafts.Event e, String sid) {
        Drafts.VenueDraft v = e.venue;
        if (v == null || v.name == null) {
            return Optional.empty();
        }
        VenueId id = VenueId.of(venueIds.idFor(v.name, "venue"));
        if (venues.stream().noneMatch(x -> x.id().equals(id))) {
            Venue.Builder vb = Venue.builder().id(id).name(v.name);
            if (v.street != null || v.postalCode != null || v.locality != null) {
                Address.Builder ab = Address.builder();
                if (v.street != null) {
                    ab.street(v.street);
                }
                if (v.postalCode != null) {
                    ab.postalCode(v.postalCode);
                }
                if (v.locality != null) {
                    ab.locality(v.locality);
                }
                vb.address(ab.build());
                fact(id.value(), "address", ab.build().toDisplayString(), v.line, v.confidence, "venue");
            }
            limit(venues.size() + 1, limits.maxListLength(), "maxListLength", "venues", v.line.location);
            venues.add(vb.build());
            fact(id.value(), "name", v.name, v.line, v.confidence, "venue");
        }
        fact(sid, "venue", id.value(), v.line, v.confidence, "venue");
        return Optional.of(id);
    }

    private Optional<Registration> registration(Drafts.Event e, String sid) {
        RegistrationState state = e.registration != null ? e.registration : doc.preambleRegistration;
        Drafts.Line stateLine = e.registration != null ? e.registrationLine : doc.preambleRegistrationLine;
        String url = e.registrationUrl != null ? e.registrationUrl : doc.preambleRegistrationUrl;
        Drafts.Line urlLine = e.registrationUrl != null ? e.registrationUrlLine : doc.preambleRegistrationUrlLine;
        if (state == null && url == null) {
            return Optional.empty();
        }
        Registration.Builder rb = Registration.builder();
        if (state != null) {
            rb.state(state);
            fact(sid, "registration.state", state.name(), stateLine, 0.8, "registration");
        }
        if (url != null) {
            try {
                rb.url(URI.create(url));
                fact(sid, "registration.url", url, urlLine, 0.8, "registration-url");
            } catch (IllegalArgumentException ex) {
                doc.notice(Notice.Level.WARNING, urlLine.location, "Not a valid URL: " + Drafts.shorten(url),
                        "Keine gültige URL: " + Drafts.shorten(url));
            }
        }
        return Optional.of(rb.build());
    }

    private Optional<EventSeries> series(List<Event> events) {
        CadenceKind kind = doc.cadence;
        Drafts.Line line = doc.cadenceLine;
        String name = doc.seriesName;
        List<LocalDate> dates = new ArrayList<>(new TreeSet<>(events.stream()
                .flatMap(e -> e.startDate().stream()).toList()));
        if (kind == null && name != null && dates.size() >= 2) {
            kind = CadenceKind.EXPLICIT_DATES;
            line = doc.seriesLine;
        }
        if (kind == null || events.isEmpty()) {
            return Optional.empty();
        }
        if (name == null) {
            name = Rx.replaceAll(events.get(0).title(), "\\s*\\b(?:19|20)\\d\\d\\b", "").replaceAll("^[\\s,:–-]+|[\\s,:–-]+$", "");
            if (name.isBlank()) {
                name = events.get(0).title();
            }
        }
        SeriesId id = SeriesId.of(IdNames.of(name, "series"));
        Cadence cadence = AnnouncementParser.cadence(kind, dates);
        EventSeries.Builder sb = EventSeries.builder().id(id).name(name).cadence(cadence);
        fact(id.value(), "name", name, doc.seriesLine != null ? doc.seriesLine : events.isEmpty() ? null : null,
                doc.seriesLine != null ? doc.seriesConfidence : 0.5, "series");
        fact(id.value(), "cadence", kind.name(), line, 0.8, "cadence");
        if (doc.firstYear != null) {
            sb.firstYear(doc.firstYear);
            fact(id.value(), "firstYear", doc.firstYear.toString(), doc.firstYearLine, 0.8, "first-year");
        }
        if (doc.organiser != null) {
            sb.addInvolvements(Involvement.of(organization(doc.organiser, doc.organiserShort, doc.organiserLine, 0.7),
                    InvolvementRole.ORGANISER));
        }
        return Optional.of(sb.build());
    }

    // ---- people, organisations, projects ----------------------------------------------------

    private Contribution contribution(Drafts.Contribution c, LocalDate asOf, String subject) {
        Drafts.PersonRef p = c.person;
        PersonId pid = person(p, asOf);
        Contribution.Builder cb = Contribution.builder().person(pid).role(c.role);
        if (p.organization != null) {
            cb.addOnBehalfOf(organization(p.organization, p.organizationShort, p.line, p.confidence));
        }
        for (String proj : p.projects) {
            ProjectId prj = project(proj, p.line);
            cb.addOnBehalfOf(prj);
        }
        if (p.function != null) {
            cb.function(p.function);
        }
        fact(subject, "contribution", pid.value() + " " + c.role.name(), c.line, p.confidence, p.rule);
        return cb.build();
    }

    private PersonId person(Drafts.PersonRef p, LocalDate asOf) {
        String key = p.fullName().toLowerCase(Locale.GERMAN);
        PersonId id = personByKey.get(key);
        if (id == null) {
            Optional<Person> known = options.known().people().stream()
                    .filter(k -> (k.givenName().map(g -> g + " ").orElse("") + k.familyName())
                            .equalsIgnoreCase(p.fullName()))
                    .findFirst();
            id = known.map(Person::id).orElseGet(() -> PersonId.of(personIds.idFor(p.fullName(), "person")));
            personByKey.put(key, id);
            Person.Builder pb = Person.builder().id(id).familyName(p.familyName);
            if (p.givenName != null) {
                pb.givenName(p.givenName);
            }
            if (p.honorific != null) {
                pb.honorific(p.honorific);
            }
            if (p.salutation != null) {
                pb.salutation(p.salutation);
            }
            limit(people.size() + 1, limits.maxListLength(), "maxListLength", "people", p.line.location);
            people.put(id.value(), pb);
            fact(id.value(), "name", p.fullName(), p.line, p.confidence, p.rule);
            if (p.honorific != null) {
                fact(id.value(), "honorific", p.honorific, p.line, 0.9, "honorific");
            }
        }
        if (p.organization == null && p.function != null && Rules.HEAD_OF.containsKey(p.function)
                && AnnouncementParser.any(p.line.lower, Rules.GREETING_WORDS)) {
            heads.putIfAbsent(id, p);
        }
        if (p.organization != null) {
            OrganizationId org = organization(p.organization, p.organizationShort, p.line, p.confidence);
            List<Affiliation> list = affiliations.computeIfAbsent(id, k -> new ArrayList<>());
            if (list.stream().noneMatch(a -> a.organization().equals(org))) {
                Affiliation.Builder ab = Affiliation.builder().organization(org);
                if (p.position != null) {
                    ab.position(p.position);
                }
                if (asOf != null) {
                    ab.asOf(asOf);
                }
                list.add(ab.build());
                people.get(id.value()).affiliations(list);
                fact(id.value(), "affiliation", org.value(), p.line, p.confidence, p.rule);
            }
        }
        return id;
    }

    /**
     * The head of the host: a mayor or district administrator named without an organisation, in
     * a greeting or an opening ("Oberbürgermeister Ullrich Sierau wird … mit einem Grußwort
     * eröffnen"), belongs to the one municipality (or district) the text states as host. With two
     * hosts, or none, or a head who is affiliated elsewhere, nothing is inferred.
     */
    private void headsOfHost(List<Event> events) {
        if (doc.hosts.size() != 1 || heads.isEmpty()) {
            return;
        }
        Map.Entry<String, Drafts.Line> host = doc.hosts.entrySet().iterator().next();
        String hostName = host.getKey();
        LocalDate asOf = events.size() == 1 ? events.get(0).startDate().orElse(null) : null;
        for (Map.Entry<PersonId, Drafts.PersonRef> h : heads.entrySet()) {
            Drafts.PersonRef p = h.getValue();
            List<String> kinds = Rules.HEAD_OF.get(p.function);
            if (affiliations.containsKey(h.getKey()) || kinds.stream().noneMatch(k -> hostName.startsWith(k + " "))) {
                continue;
            }
            OrganizationId org = organization(hostName, null, host.getValue(), 0.5);
            Affiliation.Builder ab = Affiliation.builder().organization(org).position(p.function);
            if (asOf != null) {
                ab.asOf(asOf);
            }
            List<Affiliation> list = new ArrayList<>(List.of(ab.build()));
            affiliations.put(h.getKey(), list);
            people.get(h.getKey().value()).affiliations(list);
            fact(h.getKey().value(), "affiliation", org.value(), host.getValue(), 0.5, "head-of-host");
            doc.notice(Notice.Level.INFO, p.line.location, p.fullName() + " (" + p.function + ") is taken to belong to "
                    + hostName + ", named as host in " + host.getValue().location + ".", p.fullName() + " ("
                    + p.function + ") wird " + hostName + " zugeordnet, die als Gastgeber genannt ist ("
                    + host.getValue().location + ").");
        }
    }

    private OrganizationId organization(String name, String shortName, Drafts.Line line, double confidence) {
        OrganizationId byName = shortName == null ? orgByName.get(name) : null;
        if (byName != null) {
            return byName;
        }
        OrganizationId found = organizationByKey(name, shortName, line, confidence);
        if (shortName == null) {
            orgByName.put(name, found);
        }
        return found;
    }

    private OrganizationId organizationByKey(String name, String shortName, Drafts.Line line, double confidence) {
        String key = norm(name);
        OrganizationId id = orgByKey.get(key);
        if (id == null && shortName != null) {
            id = orgByKey.get(norm(shortName));
        }
        if (id != null) {
            return id;
        }
        for (Organization o : options.known().organizations()) {
            boolean exact = norm(o.name()).equals(key) || o.shortName().map(s -> norm(s).equals(key)).orElse(false);
            boolean close = !exact && key.length() >= 8 && distance(norm(o.name()), key, 2) <= (key.length() >= 16 ? 2 : 1);
            if (exact || close) {
                if (close && line != null) {
                    doc.notice(Notice.Level.WARNING, line.location, "'" + name + "' is taken to be the known organisation '"
                            + o.name() + "' (spelling differs).", "„" + name + "“ wird als die bekannte Organisation „"
                            + o.name() + "“ gelesen (abweichende Schreibung).");
                }
                orgs.putIfAbsent(o.id().value(), o);
                orgByKey.put(key, o.id());
                return o.id();
            }
        }
        id = OrganizationId.of(orgIds.idFor(name, "organization"));
        OrganizationKind kind = Rules.first(Rules.ORGANIZATION_KINDS, name);
        Organization.Builder ob = Organization.builder().id(id).name(name)
                .kind(kind == null ? OrganizationKind.OTHER : kind);
        if (shortName != null) {
            ob.shortName(shortName);
            orgByKey.put(norm(shortName), id);
        }
        limit(orgs.size() + 1, limits.maxListLength(), "maxListLength", "organisations",
                line == null ? "" : line.location);
        orgs.put(id.value(), ob.build());
        orgByKey.put(key, id);
        fact(id.value(), "name", name, line, confidence, "organisation");
        return id;
    }

    private ProjectId project(String name, Drafts.Line line) {
        String key = norm(name);
        ProjectId id = projectByKey.get(key);
        if (id != null) {
            return id;
        }
        for (Project p : options.known().projects()) {
            if (norm(p.title()).equals(key) || p.acronym().map(a -> norm(a).equals(key)).orElse(false)) {
                projects.putIfAbsent(p.id().value(), p);
                projectByKey.put(key, p.id());
                return p.id();
            }
        }
        id = ProjectId.of(projectIds.idFor(name, "project"));
        Project.Builder pb = Project.builder().id(id).title(name);
        if (!name.contains(" ")) {
            pb.acronym(name);
        } else {
            pb.kind(ProjectKind.OTHER);
        }
        limit(projects.size() + 1, limits.maxListLength(), "maxListLength", "projects",
                line == null ? "" : line.location);
        projects.put(id.value(), pb.build());
        projectByKey.put(key, id);
        fact(id.value(), "title", name, line, 0.7, "project");
        return id;
    }

    /** A name in lower case, runs of spaces as one, quotation marks dropped, trimmed: the key names are matched by. */
    static String norm(String s) {
        String lower = s.toLowerCase(Locale.GERMAN);
        StringBuilder sb = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else if (c != '„' && c != '“' && c != '"' && c != '»' && c != '«') {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Levenshtein distance, giving up (returning max + 1) once it exceeds max. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Stops the import when a count goes beyond its limit (nothing is returned, as for every reader). */
    private static void limit(int count, int max, String limit, String what, String location) {
        if (count > max) {
            throw ReadLimits.exceeded(location, "more than " + max + " " + what, limit, max);
        }
    }

    // ---- provenance ------------------------------------------------------------------------

    private void fact(String subject, String field, String value, Drafts.Line line, double confidence, String rule) {
        if (line == null) {
            fact(subject, field, value, 0, "", confidence, rule);
        } else {
            fact(subject, field, value, line.number, line.location, confidence, rule);
        }
    }

    private void fact(String subject, String field, String value, int line, String location, double confidence,
            String rule) {
        facts.add(new Fact(subject, field, value, line, location == null ? "" : location, sourceUrl,
                confidence, rule));
    }

    static Cadence unused() {
        return Cadence.annual();
    }
}
