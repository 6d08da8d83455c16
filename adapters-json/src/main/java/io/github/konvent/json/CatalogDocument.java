package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.DanglingReference;
import io.github.konvent.DanglingReferenceException;
import io.github.konvent.InputException;
import io.github.konvent.KonventException;
import io.github.konvent.ModelException;
import io.github.konvent.event.Award;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.people.Organization;
import io.github.konvent.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/** The whole-catalog document of the Konvent JSON format: header, entity lists, events. */
final class CatalogDocument {
    /** The format version written into every document. */
    static final String VERSION = "1.0";

    static final String TOP = "konvent, organizations, people, series, venues, fundingProgrammes, projects, labs, "
            + "awards, events";

    private CatalogDocument() {}

    /** Everything a catalog document holds, before the catalog is built. */
    static final class Parts {
        final List<Organization> organizations = new ArrayList<>();
        final List<Person> people = new ArrayList<>();
        final List<EventSeries> series = new ArrayList<>();
        final List<Venue> venues = new ArrayList<>();
        final List<FundingProgramme> fundingProgrammes = new ArrayList<>();
        final List<Project> projects = new ArrayList<>();
        final List<CoCreationLab> labs = new ArrayList<>();
        final List<Award> awards = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        Catalog build() {
            try {
                return Catalog.builder()
                        .organizations(organizations)
                        .people(people)
                        .series(series)
                        .venues(venues)
                        .fundingProgrammes(fundingProgrammes)
                        .projects(projects)
                        .labs(labs)
                        .awards(awards)
                        .events(events)
                        .build();
            } catch (DanglingReferenceException e) {
                DanglingReference first = e.references().get(0);
                String more = e.references().size() > 1
                        ? " (and " + (e.references().size() - 1) + " more dangling references)"
                        : "";
                throw new InputException(pointerOf(first.where()), "the unknown " + first.kind() + " '"
                        + first.id() + "'" + more, "the id of a " + first.kind() + " in this document", e);
            } catch (ModelException e) {
                String msg = e.getMessage();
                int f = msg.indexOf(": found ");
                int x = msg.lastIndexOf(", expected ");
                String found = f >= 0 && x > f ? msg.substring(f + 8, x) : msg;
                String expected = x >= 0 ? msg.substring(x + 11) : "a consistent catalog";
                String field = e.location().orElse("").replace("Catalog ", "");
                throw new InputException(field.matches("[a-zA-Z]+") ? "/" + field : "/", found, expected, e);
            }
        }

        /** Turns the core's description of a reference ("event e / session s / room") into a JSON pointer. */
        String pointerOf(String where) {
            String[] parts = where.split(" / ");
            StringBuilder p = new StringBuilder();
            Event event = null;
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                int space = part.indexOf(' ');
                if (i == 0 && space > 0) {
                    String kind = part.substring(0, space);
                    String id = part.substring(space + 1);
                    switch (kind) {
                        case "organization" -> p.append("/organizations/").append(index(organizations, o -> o.id().value(), id));
                        case "person" -> p.append("/people/").append(index(people, o -> o.id().value(), id));
                        case "series" -> p.append("/series/").append(index(series, o -> o.id().value(), id));
                        case "event" -> {
                            int k = index(events, o -> o.id().value(), id);
                            p.append("/events/").append(k);
                            event = k >= 0 ? events.get(k) : null;
                        }
                        case "fundingProgramme" -> p.append("/fundingProgrammes/").append(index(fundingProgrammes, o -> o.id().value(), id));
                        case "project" -> p.append("/projects/").append(index(projects, o -> o.id().value(), id));
                        case "lab" -> p.append("/labs/").append(index(labs, o -> o.id().value(), id));
                        case "award" -> p.append("/awards/").append(index(awards, o -> o.id().value(), id));
                        default -> p.append('/').append(kind);
                    }
                } else if (part.startsWith("session ") && event != null) {
                    List<Session> programme = event.programme();
                    p.append("/programme/").append(index(programme, s -> s.id().value(), part.substring(8)));
                } else {
                    int bracket = part.indexOf('[');
                    if (bracket > 0) {
                        p.append('/').append(part, 0, bracket).append('/')
                                .append(part, bracket + 1, part.length() - 1);
                        String name = part.substring(0, bracket);
                        if (i == parts.length - 1 && name.equals("involvements")) {
                            p.append("/party");
                        } else if (i == parts.length - 1 && name.equals("affiliations")) {
                            p.append("/organization");
                        }
                    } else {
                        p.append('/').append(part);
                    }
                }
            }
            return p.length() == 0 ? "/" : p.toString();
        }

        private static <T> int index(List<T> items, Function<T, String> id, String wanted) {
            for (int i = 0; i < items.size(); i++) {
                if (id.apply(items.get(i)).equals(wanted)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Reads one property of a catalog document (or of a JSON Lines header) into the parts.
     *
     * @return false if the name is not one of the catalog's lists
     */
    static boolean readList(String name, ModelReader r, Parts parts) {
        switch (name) {
            case "organizations" -> parts.organizations.addAll(r.list("organizations", r::organization));
            case "people" -> parts.people.addAll(r.list("people", r::person));
            case "series" -> parts.series.addAll(r.list("series", r::series));
            case "venues" -> parts.venues.addAll(r.list("venues", r::venue));
            case "fundingProgrammes" -> parts.fundingProgrammes.addAll(r.list("funding programmes", r::fundingProgramme));
            case "projects" -> parts.projects.addAll(r.list("projects", r::project));
            case "labs" -> parts.labs.addAll(r.list("labs", r::lab));
            case "awards" -> parts.awards.addAll(r.list("awards", r::award));
            case "events" -> parts.events.addAll(r.list("events", r::event));
            default -> {
                return false;
            }
        }
        return true;
    }

    static void version(JsonInput in) {
        String v = in.string("the format version \"" + VERSION + "\"");
        if (!v.matches("1\\.\\d+")) {
            throw in.fail("a format version 1.x (this reader knows " + VERSION + ")");
        }
    }

    /** Reads a catalog document; the parser stands before its first token (or on it, if {@code atStart}). */
    static Catalog read(ModelReader r, boolean atStart) {
        JsonInput in = r.input();
        if (atStart) {
            in.atObject("a Konvent catalog object");
        } else {
            in.startObject("a Konvent catalog object");
        }
        Parts parts = new Parts();
        boolean versioned = false;
        for (String n; (n = in.nextName()) != null; ) {
            if (n.equals("konvent")) {
                version(in);
                versioned = true;
            } else if (!readList(n, r, parts)) {
                in.unknown("a catalog", TOP);
            }
        }
        if (!versioned) {
            throw new InputException("/konvent", "nothing", "the format version \"" + VERSION + "\"", null);
        }
        return parts.build();
    }

    static void writeLists(ModelWriter w, Catalog c, boolean events) {
        w.array("organizations", c.organizations(), w::organization);
        w.array("people", c.people(), w::person);
        w.array("series", c.series(), w::series);
        w.array("venues", c.venues(), w::venue);
        w.array("fundingProgrammes", c.fundingProgrammes(), w::fundingProgramme);
        w.array("projects", c.projects(), w::project);
        w.array("labs", c.labs(), w::lab);
        w.array("awards", c.awards(), w::award);
        if (events) {
            w.array("events", c.events(), w::event);
        }
    }

    static void write(JsonGenerator g, Catalog c, boolean publicOnly) {
        ModelWriter w = new ModelWriter(g, publicOnly);
        g.writeStartObject();
        g.writeStringProperty("konvent", VERSION);
        writeLists(w, c, true);
        g.writeEndObject();
    }

    /** Wraps anything unexpected so that callers only ever see the Konvent exception family. */
    static KonventException unexpected(RuntimeException e) {
        if (e instanceof KonventException k) {
            return k;
        }
        return new KonventException("Unexpected failure while handling Konvent JSON: " + e, e);
    }
}
