package io.github.konvent.query;

import io.github.konvent.Catalog;
import io.github.konvent.ModelException;
import io.github.konvent.event.Award;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.id.Id;
import io.github.konvent.people.Organization;
import io.github.konvent.people.Person;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Merges catalogs from several sources (files, stores) into one. The policy:
 *
 * <ul>
 *   <li>The same id means the same entity (per kind: organisation, person, series, event, venue,
 *       funding programme, project, lab, award); different ids are different entities, even with
 *       equal names.
 *   <li>Facts are merged field by field. A field that one source leaves empty (an absent optional,
 *       an empty list) is filled from a source that knows it: that is no conflict.
 *   <li>Two present, different values of one field are a {@link MergeConflict}: reported with
 *       entity, field, both values and both sources. The merged catalog keeps the earlier
 *       source's value; nothing is silently overwritten. Lists (a programme, affiliations) are
 *       compared whole. Use {@link MergeResult#orElseThrow()} to refuse any conflict.
 *   <li>{@code revision} is no fact: the highest revision is kept.
 *   <li>Order: entities in the order first seen, sources in the order given.
 * </ul>
 *
 * <p>Each kind's fields are listed here explicitly (name, getter, {@code with…} copy): no
 * reflection. A test checks that the lists name every field the value types have.
 *
 * A merge whose result breaks a catalog invariant (for example two different events holding a
 * session of the same id) throws a {@link ModelException}; there is no partial result.
 */
public final class CatalogMerger {
    private static final int MAX_VALUE_TEXT = 160;

    /** One field of an aggregate kind: its name, how to read it and how to copy with another value. */
    record Field<T>(String name, Function<T, Object> get, BiFunction<T, Object, T> with) {}

    @SuppressWarnings("unchecked")
    private static <T, V> Field<T> field(String name, Function<T, V> get, BiFunction<T, V, T> with) {
        return new Field<>(name, (Function<T, Object>) get, (item, value) -> with.apply(item, (V) value));
    }

    private static final List<Field<Organization>> ORGANIZATION_FIELDS = List.of(
            field("address", Organization::address, Organization::withAddress),
            field("ags", Organization::ags, Organization::withAgs),
            field("contacts", Organization::contacts, Organization::withContacts),
            field("id", Organization::id, Organization::withId),
            field("kind", Organization::kind, Organization::withKind),
            field("name", Organization::name, Organization::withName),
            field("parent", Organization::parent, Organization::withParent),
            field("revision", Organization::revision, Organization::withRevision),
            field("shortName", Organization::shortName, Organization::withShortName),
            field("website", Organization::website, Organization::withWebsite));

    private static final List<Field<Person>> PERSON_FIELDS = List.of(
            field("affiliations", Person::affiliations, Person::withAffiliations),
            field("availability", Person::availability, Person::withAvailability),
            field("contacts", Person::contacts, Person::withContacts),
            field("externalIds", Person::externalIds, Person::withExternalIds),
            field("familyName", Person::familyName, Person::withFamilyName),
            field("givenName", Person::givenName, Person::withGivenName),
            field("honorific", Person::honorific, Person::withHonorific),
            field("id", Person::id, Person::withId),
            field("revision", Person::revision, Person::withRevision),
            field("salutation", Person::salutation, Person::withSalutation));

    private static final List<Field<EventSeries>> EVENT_SERIES_FIELDS = List.of(
            field("aims", EventSeries::aims, EventSeries::withAims),
            field("cadence", EventSeries::cadence, EventSeries::withCadence),
            field("changingThemeAndPlace", EventSeries::changingThemeAndPlace, EventSeries::withChangingThemeAndPlace),
            field("description", EventSeries::description, EventSeries::withDescription),
            field("firstYear", EventSeries::firstYear, EventSeries::withFirstYear),
            field("guidingQuestions", EventSeries::guidingQuestions, EventSeries::withGuidingQuestions),
            field("id", EventSeries::id, EventSeries::withId),
            field("involvements", EventSeries::involvements, EventSeries::withInvolvements),
            field("motto", EventSeries::motto, EventSeries::withMotto),
            field("name", EventSeries::name, EventSeries::withName),
            field("possibleAttendanceModes", EventSeries::possibleAttendanceModes, EventSeries::withPossibleAttendanceModes),
            field("revision", EventSeries::revision, EventSeries::withRevision),
            field("targetAudiences", EventSeries::targetAudiences, EventSeries::withTargetAudiences),
            field("topics", EventSeries::topics, EventSeries::withTopics),
            field("typicalAttendanceMode", EventSeries::typicalAttendanceMode, EventSeries::withTypicalAttendanceMode),
            field("typicalDays", EventSeries::typicalDays, EventSeries::withTypicalDays),
            field("website", EventSeries::website, EventSeries::withWebsite));

    private static final List<Field<Event>> EVENT_FIELDS = List.of(
            field("attendanceMode", Event::attendanceMode, Event::withAttendanceMode),
            field("blocks", Event::blocks, Event::withBlocks),
            field("contact", Event::contact, Event::withContact),
            field("contributions", Event::contributions, Event::withContributions),
            field("dailyEnd", Event::dailyEnd, Event::withDailyEnd),
            field("dailyStart", Event::dailyStart, Event::withDailyStart),
            field("days", Event::days, Event::withDays),
            field("description", Event::description, Event::withDescription),
            field("editionNumber", Event::editionNumber, Event::withEditionNumber),
            field("externalIds", Event::externalIds, Event::withExternalIds),
            field("fundingProgramme", Event::fundingProgramme, Event::withFundingProgramme),
            field("guidingQuestions", Event::guidingQuestions, Event::withGuidingQuestions),
            field("id", Event::id, Event::withId),
            field("involvements", Event::involvements, Event::withInvolvements),
            field("language", Event::language, Event::withLanguage),
            field("links", Event::links, Event::withLinks),
            field("online", Event::online, Event::withOnline),
            field("participantCount", Event::participantCount, Event::withParticipantCount),
            field("programme", Event::programme, Event::withProgramme),
            field("registration", Event::registration, Event::withRegistration),
            field("revision", Event::revision, Event::withRevision),
            field("series", Event::series, Event::withSeries),
            field("startDate", Event::startDate, Event::withStartDate),
            field("statedYear", Event::statedYear, Event::withStatedYear),
            field("status", Event::status, Event::withStatus),
            field("subtitle", Event::subtitle, Event::withSubtitle),
            field("targetAudiences", Event::targetAudiences, Event::withTargetAudiences),
            field("theme", Event::theme, Event::withTheme),
            field("title", Event::title, Event::withTitle),
            field("topics", Event::topics, Event::withTopics),
            field("type", Event::type, Event::withType),
            field("venue", Event::venue, Event::withVenue),
            field("website", Event::website, Event::withWebsite),
            field("zone", Event::zone, Event::withZone));

    private static final List<Field<Venue>> VENUE_FIELDS = List.of(
            field("accessibility", Venue::accessibility, Venue::withAccessibility),
            field("accessibilityNote", Venue::accessibilityNote, Venue::withAccessibilityNote),
            field("address", Venue::address, Venue::withAddress),
            field("geo", Venue::geo, Venue::withGeo),
            field("id", Venue::id, Venue::withId),
            field("name", Venue::name, Venue::withName),
            field("revision", Venue::revision, Venue::withRevision),
            field("rooms", Venue::rooms, Venue::withRooms),
            field("website", Venue::website, Venue::withWebsite));

    private static final List<Field<FundingProgramme>> FUNDING_PROGRAMME_FIELDS = List.of(
            field("accompanyingResearch", FundingProgramme::accompanyingResearch, FundingProgramme::withAccompanyingResearch),
            field("description", FundingProgramme::description, FundingProgramme::withDescription),
            field("end", FundingProgramme::end, FundingProgramme::withEnd),
            field("focuses", FundingProgramme::focuses, FundingProgramme::withFocuses),
            field("framework", FundingProgramme::framework, FundingProgramme::withFramework),
            field("funders", FundingProgramme::funders, FundingProgramme::withFunders),
            field("id", FundingProgramme::id, FundingProgramme::withId),
            field("name", FundingProgramme::name, FundingProgramme::withName),
            field("revision", FundingProgramme::revision, FundingProgramme::withRevision),
            field("start", FundingProgramme::start, FundingProgramme::withStart),
            field("statedProjectCount", FundingProgramme::statedProjectCount, FundingProgramme::withStatedProjectCount),
            field("website", FundingProgramme::website, FundingProgramme::withWebsite));

    private static final List<Field<Project>> PROJECT_FIELDS = List.of(
            field("acronym", Project::acronym, Project::withAcronym),
            field("consortium", Project::consortium, Project::withConsortium),
            field("description", Project::description, Project::withDescription),
            field("end", Project::end, Project::withEnd),
            field("grantReferences", Project::grantReferences, Project::withGrantReferences),
            field("id", Project::id, Project::withId),
            field("kind", Project::kind, Project::withKind),
            field("municipalities", Project::municipalities, Project::withMunicipalities),
            field("places", Project::places, Project::withPlaces),
            field("programme", Project::programme, Project::withProgramme),
            field("revision", Project::revision, Project::withRevision),
            field("start", Project::start, Project::withStart),
            field("title", Project::title, Project::withTitle),
            field("topics", Project::topics, Project::withTopics),
            field("website", Project::website, Project::withWebsite));

    private static final List<Field<CoCreationLab>> CO_CREATION_LAB_FIELDS = List.of(
            field("hostMunicipality", CoCreationLab::hostMunicipality, CoCreationLab::withHostMunicipality),
            field("id", CoCreationLab::id, CoCreationLab::withId),
            field("labSessions", CoCreationLab::labSessions, CoCreationLab::withLabSessions),
            field("name", CoCreationLab::name, CoCreationLab::withName),
            field("partners", CoCreationLab::partners, CoCreationLab::withPartners),
            field("project", CoCreationLab::project, CoCreationLab::withProject),
            field("purpose", CoCreationLab::purpose, CoCreationLab::withPurpose),
            field("revision", CoCreationLab::revision, CoCreationLab::withRevision),
            field("topics", CoCreationLab::topics, CoCreationLab::withTopics));

    private static final List<Field<Award>> AWARD_FIELDS = List.of(
            field("awardedBy", Award::awardedBy, Award::withAwardedBy),
            field("description", Award::description, Award::withDescription),
            field("eligibleKinds", Award::eligibleKinds, Award::withEligibleKinds),
            field("id", Award::id, Award::withId),
            field("laureates", Award::laureates, Award::withLaureates),
            field("name", Award::name, Award::withName),
            field("revision", Award::revision, Award::withRevision),
            field("series", Award::series, Award::withSeries));

    /** @return the names of the fields merged for a kind, for the test that keeps the lists complete */
    static Map<Class<?>, List<String>> fieldNames() {
        Map<Class<?>, List<String>> names = new LinkedHashMap<>();
        names.put(Organization.class, ORGANIZATION_FIELDS.stream().map(Field::name).toList());
        names.put(Person.class, PERSON_FIELDS.stream().map(Field::name).toList());
        names.put(EventSeries.class, EVENT_SERIES_FIELDS.stream().map(Field::name).toList());
        names.put(Event.class, EVENT_FIELDS.stream().map(Field::name).toList());
        names.put(Venue.class, VENUE_FIELDS.stream().map(Field::name).toList());
        names.put(FundingProgramme.class, FUNDING_PROGRAMME_FIELDS.stream().map(Field::name).toList());
        names.put(Project.class, PROJECT_FIELDS.stream().map(Field::name).toList());
        names.put(CoCreationLab.class, CO_CREATION_LAB_FIELDS.stream().map(Field::name).toList());
        names.put(Award.class, AWARD_FIELDS.stream().map(Field::name).toList());
        return names;
    }

    private final Map<String, Catalog> sources;
    private final List<MergeConflict> conflicts = new ArrayList<>();

    private CatalogMerger(Map<String, Catalog> sources) {
        this.sources = sources;
    }

    /**
     * @param catalogs the catalogs, earlier ones win conflicts; named "source 1", "source 2", …
     * @return the merged catalog with the conflicts found
     */
    public static MergeResult merge(List<Catalog> catalogs) {
        Map<String, Catalog> named = new LinkedHashMap<>();
        for (int i = 0; i < catalogs.size(); i++) {
            named.put("source " + (i + 1), catalogs.get(i));
        }
        return merge(named);
    }

    /**
     * @param catalogs the catalogs by source name (e.g. file name), in order: earlier ones win
     *     conflicts
     * @return the merged catalog with the conflicts found
     */
    public static MergeResult merge(Map<String, Catalog> catalogs) {
        CatalogMerger m = new CatalogMerger(new LinkedHashMap<>(catalogs));
        Catalog merged = Catalog.builder()
                .organizations(m.kind("organization", ORGANIZATION_FIELDS, Catalog::organizations, Organization::id))
                .people(m.kind("person", PERSON_FIELDS, Catalog::people, Person::id))
                .series(m.kind("series", EVENT_SERIES_FIELDS, Catalog::series, EventSeries::id))
                .events(m.kind("event", EVENT_FIELDS, Catalog::events, Event::id))
                .venues(m.kind("venue", VENUE_FIELDS, Catalog::venues, Venue::id))
                .fundingProgrammes(m.kind("programme", FUNDING_PROGRAMME_FIELDS, Catalog::fundingProgrammes,
                        FundingProgramme::id))
                .projects(m.kind("project", PROJECT_FIELDS, Catalog::projects, Project::id))
                .labs(m.kind("lab", CO_CREATION_LAB_FIELDS, Catalog::labs, CoCreationLab::id))
                .awards(m.kind("award", AWARD_FIELDS, Catalog::awards, Award::id))
                .build();
        return new MergeResult(merged, m.conflicts);
    }

    private <T> List<T> kind(String kind, List<Field<T>> fields, Function<Catalog, List<T>> items, Function<T, Id> id) {
        Map<Id, T> merged = new LinkedHashMap<>();
        Map<Id, Map<String, String>> origin = new LinkedHashMap<>(); // field -> source of the kept value
        for (Map.Entry<String, Catalog> source : sources.entrySet()) {
            for (T item : items.apply(source.getValue())) {
                Id key = id.apply(item);
                T current = merged.get(key);
                if (current == null) {
                    merged.put(key, item);
                    origin.put(key, new TreeMap<>(Map.of("", source.getKey())));
                } else if (!current.equals(item)) {
                    merged.put(key, mergeOne(kind, fields, key, current, origin.get(key), item, source.getKey()));
                }
            }
        }
        return List.copyOf(merged.values());
    }

    private <T> T mergeOne(String kind, List<Field<T>> fields, Id id, T kept, Map<String, String> origin, T other,
            String otherSource) {
        T result = kept;
        for (Field<T> field : fields) {
            String name = field.name();
            Object a = field.get().apply(result);
            Object b = field.get().apply(other);
            if (a.equals(b) || isEmpty(b)) {
                continue;
            }
            String keptSource = origin.getOrDefault(name, origin.get(""));
            if (name.equals("revision")) {
                if (((Long) b) > ((Long) a)) {
                    result = field.with().apply(result, b);
                }
                continue;
            }
            if (isEmpty(a)) {
                try {
                    result = field.with().apply(result, b);
                    origin.put(name, otherSource);
                    continue;
                } catch (ModelException e) {
                    // the filled-in value breaks an invariant together with the kept ones: a conflict
                }
            }
            conflicts.add(new MergeConflict(kind, id.value(), name, text(a), keptSource, text(b), otherSource));
        }
        return result;
    }

    private static boolean isEmpty(Object value) {
        return value instanceof Optional<?> o && o.isEmpty() || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }

    private static String text(Object value) {
        Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
        String s = String.valueOf(v);
        return s.length() > MAX_VALUE_TEXT ? s.substring(0, MAX_VALUE_TEXT - 1) + "…" : s;
    }
}
