package io.github.konvent.json;

import io.github.konvent.event.AccessibilityFeature;
import io.github.konvent.event.Address;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Availability;
import io.github.konvent.event.Award;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.Fee;
import io.github.konvent.event.GeoPoint;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Laureate;
import io.github.konvent.event.Link;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Registration;
import io.github.konvent.event.RegistrationState;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.funding.ProjectKind;
import io.github.konvent.id.AwardId;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.LabId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import io.github.konvent.spi.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the model types of the Konvent JSON format from a {@link JsonInput}, each through the
 * core's builders. Every method expects the parser to stand just before the value it reads.
 */
final class ModelReader {
    static final String ID = "an id of 1 to 128 characters A-Z a-z 0-9 . _ ~ -, starting with a letter or digit";
    static final String PARTY = "a party reference 'organization:<id>', 'project:<id>' or 'person:<id>'";

    private final JsonInput in;

    ModelReader(JsonInput in) {
        this.in = in;
    }

    JsonInput input() {
        return in;
    }

    // ---- small values ------------------------------------------------------------------------

    /** An entity's own id: unique, so not worth sharing. */
    private <T> T ownId(Function<String, T> of) {
        return in.parse(ID, of);
    }

    private <T> T id(Function<String, T> of) {
        return in.convert(ID, in.shared(in.string(ID)), of);
    }

    PartyId party() {
        return in.convert(PARTY, in.shared(in.string(PARTY)), ModelReader::partyOf);
    }

    static PartyId partyOf(String s) {
        int colon = s.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("no kind");
        }
        return PartyId.of(s.substring(0, colon), s.substring(colon + 1));
    }

    private java.time.Duration duration() {
        String s = in.string("an ISO-8601 duration such as PT45M");
        try {
            return java.time.Duration.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw in.fail("an ISO-8601 duration such as PT45M", e);
        }
    }

    private int days() {
        int days = in.integer("a number of days of at least 1");
        int max = in.limits.maxDaysPerEvent();
        if (days > max) {
            throw ReadLimits.exceeded(in.pointer(), days + " days", "maxDaysPerEvent", max);
        }
        return days;
    }

    private String text() {
        return in.shared(in.string("a text"));
    }

    private <T> void array(String what, Supplier<T> element, Consumer<T> add) {
        in.startArray(what);
        int max;
        String limit;
        switch (what) {
            case "sessions" -> {
                max = in.limits.maxSessionsPerEvent();
                limit = "maxSessionsPerEvent";
            }
            case "events" -> {
                max = in.limits.maxEvents();
                limit = "maxEvents";
            }
            default -> {
                max = in.limits.maxListLength();
                limit = "maxListLength";
            }
        }
        int count = 0;
        while (in.nextElement()) {
            if (++count > max) {
                throw ReadLimits.exceeded(in.valuePointer(), "more than " + max + " " + what, limit, max);
            }
            // the element reader reads from the next token: step back by reading the current one
            add.accept(current(element));
        }
    }

    /** Lets an element reader that starts with nextToken() consume the token already read. */
    private <T> T current(Supplier<T> element) {
        pushedBack = true;
        return element.get();
    }

    private boolean pushedBack;

    private void begin(String what) {
        if (pushedBack) {
            pushedBack = false;
            in.atObject(what);
        } else {
            in.startObject(what);
        }
    }

    private String beginString(String what) {
        if (pushedBack) {
            pushedBack = false;
            return in.currentString(what);
        }
        return in.string(what);
    }

    /** Reads an object of external ids: scheme → identifier text. */
    private void externalIds(java.util.function.BiConsumer<String, String> put) {
        in.startObject("an object of external ids by scheme");
        for (String n; (n = in.nextName()) != null; ) {
            put.accept(n, in.string("an external id (a text)"));
        }
    }

    private void texts(Consumer<String> add) {
        array("texts", () -> in.shared(beginString("a text")), add);
    }

    private <T> void ids(Function<String, T> of, Consumer<T> add) {
        array("ids", () -> in.convert(ID, in.shared(beginString(ID)), of), add);
    }

    private void parties(Consumer<PartyId> add) {
        array("party references", () -> in.convert(PARTY, in.shared(beginString(PARTY)), ModelReader::partyOf), add);
    }

    private <E extends Enum<E>> void enums(Class<E> type, Consumer<E> add) {
        array("enum values", () -> in.enumOf(type, beginString("a name of " + type.getSimpleName())), add);
    }

    // ---- people ------------------------------------------------------------------------------

    Organization organization() {
        begin("an organization object");
        Organization.Builder b = Organization.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "id" -> b.id(ownId(OrganizationId::of));
                case "name" -> b.name(text());
                case "shortName" -> b.shortName(text());
                case "kind" -> b.kind(in.enumValue(OrganizationKind.class));
                case "ags" -> b.ags(text());
                case "parent" -> b.parent(id(OrganizationId::of));
                case "address" -> b.address(address());
                case "website" -> b.website(in.uri());
                case "contacts" -> array("contact points", this::contact, b::addContacts);
                case "revision" -> b.revision(in.longInteger("a revision number"));
                default -> in.unknown("an organization",
                        "id, name, shortName, kind, ags, parent, address, website, contacts, revision");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    ContactPoint contact() {
        begin("a contact point object");
        ContactPoint.Builder b = ContactPoint.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "email" -> b.email(text());
                case "phone" -> b.phone(text());
                case "url" -> b.url(in.uri());
                case "public" -> b.isPublic(in.bool("true or false"));
                default -> in.unknown("a contact point", "email, phone, url, public");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Address address() {
        begin("an address object");
        Address.Builder b = Address.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "street" -> b.street(text());
                case "postalCode" -> b.postalCode(text());
                case "locality" -> b.locality(text());
                case "district" -> b.district(text());
                case "region" -> b.region(text());
                case "country" -> b.country(text());
                default -> in.unknown("an address", "street, postalCode, locality, district, region, country");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Person person() {
        begin("a person object");
        Person.Builder b = Person.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "id" -> b.id(ownId(PersonId::of));
                case "salutation" -> b.salutation(text());
                case "honorific" -> b.honorific(text());
                case "givenName" -> b.givenName(text());
                case "familyName" -> b.familyName(text());
                case "affiliations" -> array("affiliations", this::affiliation, b::addAffiliations);
                case "contacts" -> array("contact points", this::contact, b::addContacts);
                case "availability" -> array("availability windows", this::availability, b::addAvailability);
                case "externalIds" -> externalIds(b::putExternalId);
                case "revision" -> b.revision(in.longInteger("a revision number"));
                default -> in.unknown("a person", "id, salutation, honorific, givenName, familyName, affiliations, "
                        + "contacts, availability, externalIds, revision");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Affiliation affiliation() {
        begin("an affiliation object");
        Affiliation.Builder b = Affiliation.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "organization" -> b.organization(id(OrganizationId::of));
                case "position" -> b.position(text());
                case "validFrom" -> b.validFrom(in.date());
                case "validUntil" -> b.validUntil(in.date());
                case "asOf" -> b.asOf(in.date());
                default -> in.unknown("an affiliation", "organization, position, validFrom, validUntil, asOf");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Contribution contribution() {
        begin("a contribution object");
        Contribution.Builder b = Contribution.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "person" -> b.person(id(PersonId::of));
                case "role" -> b.role(in.enumValue(ContributionRole.class));
                case "onBehalfOf" -> parties(b::addOnBehalfOf);
                case "function" -> b.function(text());
                default -> in.unknown("a contribution", "person, role, onBehalfOf, function");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    // ---- events ------------------------------------------------------------------------------

    EventSeries series() {
        begin("a series object");
        EventSeries.Builder b = EventSeries.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "id" -> b.id(ownId(SeriesId::of));
                case "name" -> b.name(text());
                case "motto" -> b.motto(text());
                case "description" -> b.description(text());
                case "cadence" -> b.cadence(cadence());
                case "firstYear" -> b.firstYear(in.integer("a year"));
                case "involvements" -> array("involvements", this::involvement, b::addInvolvements);
                case "typicalDays" -> b.typicalDays(in.integer("a number of days"));
                case "typicalAttendanceMode" -> b.typicalAttendanceMode(in.enumValue(AttendanceMode.class));
                case "possibleAttendanceModes" -> enums(AttendanceMode.class, b::addPossibleAttendanceModes);
                case "changingThemeAndPlace" -> b.changingThemeAndPlace(in.bool("true or false"));
                case "topics" -> texts(b::addTopics);
                case "targetAudiences" -> texts(b::addTargetAudiences);
                case "aims" -> texts(b::addAims);
                case "guidingQuestions" -> texts(b::addGuidingQuestions);
                case "website" -> b.website(in.uri());
                case "revision" -> b.revision(in.longInteger("a revision number"));
                default -> in.unknown("a series", "id, name, motto, description, cadence, firstYear, involvements, "
                        + "typicalDays, typicalAttendanceMode, possibleAttendanceModes, changingThemeAndPlace, "
                        + "topics, targetAudiences, aims, guidingQuestions, website, revision");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Cadence cadence() {
        begin("a cadence object");
        Cadence.Builder b = Cadence.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "kind" -> b.kind(in.enumValue(CadenceKind.class));
                case "dates" -> array("dates", () -> in.convert("a date yyyy-mm-dd",
                        beginString("a date yyyy-mm-dd"), java.time.LocalDate::parse), b::addDates);
                default -> in.unknown("a cadence", "kind, dates");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Involvement involvement() {
        begin("an involvement object");
        PartyId party = null;
        InvolvementRole role = null;
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "party" -> party = party();
                case "role" -> role = in.enumValue(InvolvementRole.class);
                default -> in.unknown("an involvement", "party, role");
            }
        }
        PartyId p = party;
        InvolvementRole r = role;
        return JsonInput.build(in::pointer, () -> {
            if (p == null || r == null) {
                throw new IllegalStateException("missing [" + (p == null ? "party" : "role") + "]");
            }
            return Involvement.of(p, r);
        });
    }

    Venue venue() {
        begin("a venue object");
        Venue.Builder b = Venue.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "id" -> b.id(ownId(VenueId::of));
                case "name" -> b.name(text());
                case "address" -> b.address(address());
                case "geo" -> b.geo(geo());
                case "rooms" -> array("rooms", this::room, b::addRooms);
                case "accessibility" -> enums(AccessibilityFeature.class, b::addAccessibility);
                case "accessibilityNote" -> b.accessibilityNote(text());
                case "website" -> b.website(in.uri());
                case "revision" -> b.revision(in.longInteger("a revision number"));
                default -> in.unknown("a venue",
                        "id, name, address, geo, rooms, accessibility, accessibilityNote, website, revision");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    GeoPoint geo() {
        begin("a geo object");
        Double lat = null;
        Double lon = null;
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "latitude" -> lat = in.decimal("a latitude from -90 to 90");
                case "longitude" -> lon = in.decimal("a longitude from -180 to 180");
                default -> in.unknown("a geo point", "latitude, longitude");
            }
        }
        Double la = lat;
        Double lo = lon;
        return JsonInput.build(in::pointer, () -> {
            if (la == null || lo == null) {
                throw new IllegalStateException("missing [" + (la == null ? "latitude" : "longitude") + "]");
            }
            return GeoPoint.of(la, lo);
        });
    }

    Room room() {
        begin("a room object");
        Room.Builder b = Room.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "id" -> b.id(ownId(RoomId::of));
                case "name" -> b.name(text());
                case "capacity" -> b.capacity(in.integer("a capacity of at least 1"));
                case "accessibility" -> enums(AccessibilityFeature.class, b::addAccessibility);
                case "availability" -> array("availability windows", this::availability, b::addAvailability);
                case "externalIds" -> externalIds(b::putExternalId);
                default -> in.unknown("a room", "id, name, capacity, accessibility, availability, externalIds");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Availability availability() {
        begin("an availability object");
        java.time.LocalDateTime opens = null;
        java.time.LocalDateTime closes = null;
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "opens" -> opens = in.dateTime();
                case "closes" -> closes = in.dateTime();
                default -> in.unknown("an availability window", "opens, closes");
            }
        }
        java.time.LocalDateTime o = opens;
        java.time.LocalDateTime c = closes;
        return JsonInput.build(in::pointer, () -> {
            if (o == null || c == null) {
                throw new IllegalStateException("missing [" + (o == null ? "opens" : "closes") + "]");
            }
            return Availability.of(o, c);
        });
    }

    Event event() {
        begin("an event object");
        Event.Builder b = Event.builder();
        List<String> sessionIds = new ArrayList<>();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "id" -> b.id(ownId(EventId::of));
                case "title" -> b.title(text());
                case "subtitle" -> b.subtitle(text());
                case "theme" -> b.theme(text());
                case "description" -> b.description(text());
                case "type" -> b.type(in.enumValue(EventType.class));
                case "status" -> b.status(in.enumValue(EventStatus.class));
                case "series" -> b.series(id(SeriesId::of));
                case "editionNumber" -> b.editionNumber(in.integer("an edition number of at least 1"));
                case "statedYear" -> b.statedYear(in.integer("a year"));
                case "zone" -> b.zone(in.zone());
                case "startDate" -> b.startDate(in.date());
                case "days" -> b.days(days());
                case "dailyStart" -> b.dailyStart(in.time());
                case "dailyEnd" -> b.dailyEnd(in.time());
                case "attendanceMode" -> b.attendanceMode(in.enumValue(AttendanceMode.class));
                case "venue" -> b.venue(id(VenueId::of));
                case "online" -> b.online(online());
                case "contributions" -> array("contributions", this::contribution, b::addContributions);
                case "involvements" -> array("involvements", this::involvement, b::addInvolvements);
                case "fundingProgramme" -> b.fundingProgramme(id(ProgrammeId::of));
                case "programme" -> array("sessions", this::session, s -> {
                    sessionIds.add(s.id().value());
                    b.addProgramme(s);
                });
                case "blocks" -> array("parallel blocks", this::block, b::addBlocks);
                case "targetAudiences" -> texts(b::addTargetAudiences);
                case "topics" -> texts(b::addTopics);
                case "guidingQuestions" -> texts(b::addGuidingQuestions);
                case "registration" -> b.registration(registration());
                case "contact" -> b.contact(id(PersonId::of));
                case "website" -> b.website(in.uri());
                case "links" -> array("links", this::link, b::addLinks);
                case "participantCount" -> b.participantCount(in.integer("a number of participants"));
                case "language" -> b.language(text());
                case "externalIds" -> externalIds(b::putExternalId);
                case "revision" -> b.revision(in.longInteger("a revision number"));
                default -> in.unknown("an event", "id, title, subtitle, theme, description, type, status, series, "
                        + "editionNumber, statedYear, zone, startDate, days, dailyStart, dailyEnd, attendanceMode, "
                        + "venue, online, involvements, contributions, fundingProgramme, programme, blocks, targetAudiences, "
                        + "topics, guidingQuestions, registration, contact, website, links, participantCount, "
                        + "language, externalIds, revision");
            }
        }
        return JsonInput.build(in::pointer, b::build, location -> {
            String at = in.pointer();
            // "Event e session s block" names a session of this event: point into the programme
            int i = location.indexOf(" session ");
            if (i < 0) {
                return at;
            }
            String rest = location.substring(i + 9);
            int space = rest.indexOf(' ');
            int k = sessionIds.indexOf(space < 0 ? rest : rest.substring(0, space));
            return k < 0 ? at : JsonInput.child(JsonInput.child(at, "programme"), String.valueOf(k));
        });
    }

    OnlineLocation online() {
        begin("an online location object");
        OnlineLocation.Builder b = OnlineLocation.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "joinUrl" -> b.joinUrl(in.uri());
                case "platform" -> b.platform(text());
                case "label" -> b.label(text());
                default -> in.unknown("an online location", "joinUrl, platform, label");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Session session() {
        begin("a session object");
        Session.Builder b = Session.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "id" -> b.id(ownId(SessionId::of));
                case "title" -> b.title(text());
                case "format" -> b.format(in.enumValue(SessionFormat.class));
                case "formatLabel" -> b.formatLabel(text());
                case "description" -> b.description(text());
                case "day" -> b.day(in.integer("a day number of at least 1"));
                case "start" -> b.start(in.time());
                case "end" -> b.end(in.time());
                case "endsNextDay" -> b.endsNextDay(in.bool("true or false"));
                case "endDerived" -> b.endDerived(in.bool("true or false"));
                case "room" -> b.room(id(RoomId::of));
                case "block" -> b.block(id(BlockId::of));
                case "parent" -> b.parent(id(SessionId::of));
                case "number" -> b.number(in.integer("a number of at least 1"));
                case "optional" -> b.optional(in.bool("true or false"));
                case "sideProgramme" -> b.sideProgramme(in.bool("true or false"));
                case "guidingQuestions" -> texts(b::addGuidingQuestions);
                case "topics" -> texts(b::addTopics);
                case "contributions" -> array("contributions", this::contribution, b::addContributions);
                case "presenters" -> parties(b::addPresenters);
                case "expectedAudience" -> b.expectedAudience(in.integer("a number of people"));
                case "externalIds" -> externalIds(b::putExternalId);
                case "plannedDuration" -> b.plannedDuration(duration());
                case "pinned" -> b.pinned(in.bool("true or false"));
                case "preferredTimes" -> array("preferred times", this::availability, b::addPreferredTimes);
                default -> in.unknown("a session", "id, title, format, formatLabel, description, day, start, end, "
                        + "endsNextDay, endDerived, room, block, parent, number, optional, sideProgramme, "
                        + "guidingQuestions, topics, contributions, presenters, expectedAudience, plannedDuration, "
                        + "pinned, preferredTimes, externalIds");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    ParallelBlock block() {
        begin("a parallel block object");
        ParallelBlock.Builder b = ParallelBlock.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "id" -> b.id(ownId(BlockId::of));
                case "label" -> b.label(text());
                case "day" -> b.day(in.integer("a day number of at least 1"));
                case "start" -> b.start(in.time());
                case "end" -> b.end(in.time());
                case "announcedSessionCount" -> b.announcedSessionCount(in.integer("a number of sessions"));
                default -> in.unknown("a parallel block", "id, label, day, start, end, announcedSessionCount");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Registration registration() {
        begin("a registration object");
        Registration.Builder b = Registration.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "state" -> b.state(in.enumValue(RegistrationState.class));
                case "url" -> b.url(in.uri());
                case "opens" -> b.opens(in.dateTime());
                case "closes" -> b.closes(in.dateTime());
                case "fee" -> b.fee(fee());
                case "capacity" -> b.capacity(in.integer("a number of places of at least 1"));
                case "note" -> b.note(text());
                default -> in.unknown("a registration", "state, url, opens, closes, fee, capacity, note");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Fee fee() {
        begin("a fee object");
        Fee.Builder b = Fee.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "amount" -> b.amount(in.bigDecimal("an amount such as 25.00"));
                case "currency" -> b.currency(text());
                case "note" -> b.note(text());
                default -> in.unknown("a fee", "amount, currency, note");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Link link() {
        begin("a link object");
        Link.Builder b = Link.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "label" -> b.label(text());
                case "url" -> b.url(in.uri());
                case "mediaType" -> b.mediaType(text());
                case "sizeBytes" -> b.sizeBytes(in.longInteger("a size in bytes"));
                default -> in.unknown("a link", "label, url, mediaType, sizeBytes");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Award award() {
        begin("an award object");
        Award.Builder b = Award.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "id" -> b.id(ownId(AwardId::of));
                case "name" -> b.name(text());
                case "description" -> b.description(text());
                case "series" -> b.series(id(SeriesId::of));
                case "awardedBy" -> b.awardedBy(party());
                case "eligibleKinds" -> enums(OrganizationKind.class, b::addEligibleKinds);
                case "laureates" -> array("laureates", this::laureate, b::addLaureates);
                case "revision" -> b.revision(in.longInteger("a revision number"));
                default -> in.unknown("an award",
                        "id, name, description, series, awardedBy, eligibleKinds, laureates, revision");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Laureate laureate() {
        begin("a laureate object");
        Laureate.Builder b = Laureate.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "party" -> b.party(party());
                case "edition" -> b.edition(id(EventId::of));
                case "year" -> b.year(in.integer("a year"));
                case "category" -> b.category(text());
                default -> in.unknown("a laureate", "party, edition, year, category");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    // ---- funding -----------------------------------------------------------------------------

    FundingProgramme fundingProgramme() {
        begin("a funding programme object");
        FundingProgramme.Builder b = FundingProgramme.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "id" -> b.id(ownId(ProgrammeId::of));
                case "name" -> b.name(text());
                case "description" -> b.description(text());
                case "funders" -> ids(OrganizationId::of, b::addFunders);
                case "framework" -> b.framework(text());
                case "start" -> b.start(in.date());
                case "end" -> b.end(in.date());
                case "focuses" -> texts(b::addFocuses);
                case "accompanyingResearch" -> b.accompanyingResearch(id(ProjectId::of));
                case "statedProjectCount" -> b.statedProjectCount(in.integer("a number of projects"));
                case "website" -> b.website(in.uri());
                case "revision" -> b.revision(in.longInteger("a revision number"));
                default -> in.unknown("a funding programme", "id, name, description, funders, framework, start, "
                        + "end, focuses, accompanyingResearch, statedProjectCount, website, revision");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    Project project() {
        begin("a project object");
        Project.Builder b = Project.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "id" -> b.id(ownId(ProjectId::of));
                case "acronym" -> b.acronym(text());
                case "title" -> b.title(text());
                case "kind" -> b.kind(in.enumValue(ProjectKind.class));
                case "description" -> b.description(text());
                case "programme" -> b.programme(id(ProgrammeId::of));
                case "consortium" -> array("consortium members", this::member, b::addConsortium);
                case "places" -> texts(b::addPlaces);
                case "municipalities" -> ids(OrganizationId::of, b::addMunicipalities);
                case "start" -> b.start(in.date());
                case "end" -> b.end(in.date());
                case "grantReferences" -> texts(b::addGrantReferences);
                case "topics" -> texts(b::addTopics);
                case "website" -> b.website(in.uri());
                case "revision" -> b.revision(in.longInteger("a revision number"));
                default -> in.unknown("a project", "id, acronym, title, kind, description, programme, consortium, "
                        + "places, municipalities, start, end, grantReferences, topics, website, revision");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    ConsortiumMember member() {
        begin("a consortium member object");
        ConsortiumMember.Builder b = ConsortiumMember.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "organization" -> b.organization(id(OrganizationId::of));
                case "lead" -> b.lead(in.bool("true or false"));
                case "unit" -> b.unit(id(OrganizationId::of));
                case "role" -> b.role(text());
                default -> in.unknown("a consortium member", "organization, lead, unit, role");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    CoCreationLab lab() {
        begin("a lab object");
        CoCreationLab.Builder b = CoCreationLab.builder();
        for (String n; (n = in.nextName()) != null; ) {
            switch (n) {
                case "id" -> b.id(ownId(LabId::of));
                case "name" -> b.name(text());
                case "purpose" -> b.purpose(text());
                case "hostMunicipality" -> b.hostMunicipality(id(OrganizationId::of));
                case "project" -> b.project(id(ProjectId::of));
                case "partners" -> ids(OrganizationId::of, b::addPartners);
                case "labSessions" -> ids(EventId::of, b::addLabSessions);
                case "topics" -> texts(b::addTopics);
                case "revision" -> b.revision(in.longInteger("a revision number"));
                default -> in.unknown("a lab",
                        "id, name, purpose, hostMunicipality, project, partners, labSessions, topics, revision");
            }
        }
        return JsonInput.build(in::pointer, b::build);
    }

    /** Reads an array of elements with the given reader into a new list. */
    <T> List<T> list(String what, Supplier<T> element) {
        List<T> out = new ArrayList<>();
        array(what, element, out::add);
        return out;
    }

    /** Reads the value at the current token (already consumed) with an element reader. */
    <T> T atCurrent(Supplier<T> element) {
        return current(element);
    }
}
