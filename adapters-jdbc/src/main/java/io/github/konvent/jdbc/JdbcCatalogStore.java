package io.github.konvent.jdbc;

import io.github.konvent.Catalog;
import io.github.konvent.ConflictException;
import io.github.konvent.KonventException;
import io.github.konvent.StoreException;
import io.github.konvent.event.Award;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.id.AwardId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.Id;
import io.github.konvent.id.LabId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Organization;
import io.github.konvent.people.Person;
import io.github.konvent.version.ProgrammeHistory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A catalog store over any {@link DataSource}: H2, PostgreSQL or MariaDB. It saves a whole
 * {@link Catalog} or single aggregates (an event with its programme, a person, an organisation, a
 * funding programme with its projects…) in one transaction each, loads them back, deletes them, and
 * finds events by date, series, topic, format, organisation, person, funding programme, project or
 * municipality key.
 *
 * <p><b>Revisions.</b> Every aggregate carries a {@code revision}. Saving an aggregate of revision
 * {@code r} succeeds when the store holds no aggregate of that id, or holds it at revision {@code r};
 * the store then holds it at {@code r + 1}, and {@code save} returns the copy with {@code r + 1}.
 * When the store holds another revision, the save fails with a {@link ConflictException} naming
 * the aggregate and both revisions, and nothing is written. Save the returned copy to save again.
 *
 * <p>Thread-safe: it holds only the data source. Values reach SQL only as bind parameters.
 */
public final class JdbcCatalogStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcCatalogStore.class);
    /** The table in which Flyway records the applied migrations of this store. */
    public static final String HISTORY_TABLE = "konvent_schema_history";

    private final DataSource dataSource;

    private JdbcCatalogStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param dataSource where the catalog lives; the schema must be migrated (see {@link #migrate()})
     * @return a store over that data source
     */
    public static JdbcCatalogStore create(DataSource dataSource) {
        return new JdbcCatalogStore(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * @param databaseProductName as JDBC reports it ("H2", "PostgreSQL", "MariaDB")
     * @return the Flyway location of the store's migrations for that database, for use in your own
     *     Flyway set-up, e.g. {@code classpath:db/konvent/postgresql}
     */
    public static String migrationLocation(String databaseProductName) {
        String p = databaseProductName.toLowerCase(java.util.Locale.ROOT);
        Dialect d = p.contains("h2") ? Dialect.H2
                : p.contains("postgres") ? Dialect.POSTGRESQL
                : p.contains("maria") || p.contains("mysql") ? Dialect.MARIADB : null;
        if (d == null) {
            throw new StoreException("database '" + databaseProductName
                    + "' is not supported; expected H2, PostgreSQL or MariaDB", null);
        }
        return d.location();
    }

    /**
     * Creates or upgrades the schema in the data source's current schema with Flyway, recording
     * applied migrations in {@value #HISTORY_TABLE}.
     *
     * @return the number of migrations applied now (0 when the schema was up to date)
     */
    public int migrate() {
        Dialect dialect = inConnection("detect the database", Dialect::of);
        try {
            MigrateResult result = Flyway.configure(JdbcCatalogStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(dialect.location())
                    .table(HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info("konvent schema on {}: {} migration(s) applied, from version {} to {}", dialect,
                    result.migrationsExecuted, Optional.ofNullable(result.initialSchemaVersion).orElse("none"),
                    Optional.ofNullable(result.targetSchemaVersion).orElse("unchanged"));
            return result.migrationsExecuted;
        } catch (RuntimeException e) {
            if (e instanceof KonventException k) {
                throw k;
            }
            throw new StoreException("migrating the konvent schema failed: " + e.getMessage(), e);
        }
    }

    // --- saving ---------------------------------------------------------------------------------

    /**
     * Saves every aggregate of a catalog in one transaction: all or nothing. Aggregates of the
     * store that the catalog does not hold stay as they are.
     *
     * @param catalog a catalog
     * @return the catalog as stored: every aggregate at its revision + 1
     * @throws ConflictException if the store holds another revision of one of the aggregates
     */
    public Catalog save(Catalog catalog) {
        return save(catalog, false);
    }

    /**
     * Saves a catalog read from a file, as {@code konvent db save --in FILE} does: an aggregate
     * whose revision is 0 (a file that carries no revisions, such as any import from another
     * format) replaces what the store holds under its id, programme and all; an aggregate with a
     * revision above 0 (a file exported from a store) is checked against the store like {@link
     * #save(Catalog)}. Saving the same file twice therefore succeeds, and saving a corrected file
     * updates in place; one transaction, all or nothing.
     *
     * @param catalog a catalog
     * @return the catalog as stored, every aggregate at the store's revision + 1
     * @throws ConflictException if an aggregate with a revision above 0 is stale
     */
    public Catalog replace(Catalog catalog) {
        return save(catalog, true);
    }

    private Catalog save(Catalog catalog, boolean replaceUnversioned) {
        Objects.requireNonNull(catalog, "catalog");
        boolean r = replaceUnversioned;
        Map<Kind<?>, List<?>> saved = saveAll(r ? "replace catalog" : "save catalog", true, List.of(
                new Part<>(Mapping.ORGANIZATION, catalog.organizations(), r),
                new Part<>(Mapping.PERSON, catalog.people(), r),
                new Part<>(Mapping.SERIES, catalog.series(), r),
                new Part<>(Mapping.VENUE, catalog.venues(), r),
                new Part<>(Mapping.PROGRAMME, catalog.fundingProgrammes(), r),
                new Part<>(Mapping.PROJECT, catalog.projects(), r),
                new Part<>(Mapping.EVENT, catalog.events(), r),
                new Part<>(Mapping.LAB, catalog.labs(), r),
                new Part<>(Mapping.AWARD, catalog.awards(), r)));
        return Catalog.builder()
                .organizations(get(saved, Mapping.ORGANIZATION))
                .people(get(saved, Mapping.PERSON))
                .series(get(saved, Mapping.SERIES))
                .venues(get(saved, Mapping.VENUE))
                .fundingProgrammes(get(saved, Mapping.PROGRAMME))
                .projects(get(saved, Mapping.PROJECT))
                .events(get(saved, Mapping.EVENT))
                .labs(get(saved, Mapping.LAB))
                .awards(get(saved, Mapping.AWARD))
                .build();
    }

    /**
     * Saves an event with its programme, replacing the stored programme (sessions that are no
     * longer in it are removed).
     *
     * @param event an event
     * @return the event as stored, at its revision + 1
     * @throws ConflictException if the store holds another revision of the event
     */
    public Event save(Event event) {
        return saveOne("save event", Mapping.EVENT, event);
    }

    /**
     * @param person a person
     * @return the person as stored, at its revision + 1
     * @throws ConflictException if the store holds another revision
     */
    public Person save(Person person) {
        return saveOne("save person", Mapping.PERSON, person);
    }

    /**
     * @param organization an organisation
     * @return the organisation as stored, at its revision + 1
     * @throws ConflictException if the store holds another revision
     */
    public Organization save(Organization organization) {
        return saveOne("save organization", Mapping.ORGANIZATION, organization);
    }

    /**
     * @param series an event series
     * @return the series as stored, at its revision + 1
     * @throws ConflictException if the store holds another revision
     */
    public EventSeries save(EventSeries series) {
        return saveOne("save series", Mapping.SERIES, series);
    }

    /**
     * @param venue a venue with its rooms
     * @return the venue as stored, at its revision + 1
     * @throws ConflictException if the store holds another revision
     */
    public Venue save(Venue venue) {
        return saveOne("save venue", Mapping.VENUE, venue);
    }

    /**
     * @param project a project
     * @return the project as stored, at its revision + 1
     * @throws ConflictException if the store holds another revision
     */
    public Project save(Project project) {
        return saveOne("save project", Mapping.PROJECT, project);
    }

    /**
     * @param lab a co-creation lab
     * @return the lab as stored, at its revision + 1
     * @throws ConflictException if the store holds another revision
     */
    public CoCreationLab save(CoCreationLab lab) {
        return saveOne("save lab", Mapping.LAB, lab);
    }

    /**
     * @param award an award with its laureates
     * @return the award as stored, at its revision + 1
     * @throws ConflictException if the store holds another revision
     */
    public Award save(Award award) {
        return saveOne("save award", Mapping.AWARD, award);
    }

    /**
     * @param programme a funding programme
     * @return the programme as stored, at its revision + 1
     * @throws ConflictException if the store holds another revision
     */
    public FundingProgramme save(FundingProgramme programme) {
        return saveOne("save funding programme", Mapping.PROGRAMME, programme);
    }

    /**
     * Saves a funding programme and its projects in one transaction.
     *
     * @param programme a funding programme
     * @param projects its projects
     * @return both as stored, each at its revision + 1
     * @throws ConflictException if the store holds another revision of any of them
     */
    public ProgrammeWithProjects save(FundingProgramme programme, List<Project> projects) {
        Map<Kind<?>, List<?>> saved = saveAll("save funding programme with projects", false, List.of(
                new Part<>(Mapping.PROGRAMME, List.of(programme)), new Part<>(Mapping.PROJECT, projects)));
        return new ProgrammeWithProjects(get(saved, Mapping.PROGRAMME).get(0), get(saved, Mapping.PROJECT));
    }

    private <T> T saveOne(String what, Kind<T> kind, T aggregate) {
        Objects.requireNonNull(aggregate, kind.name);
        return get(saveAll(what, false, List.of(new Part<>(kind, List.of(aggregate)))), kind).get(0);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> get(Map<Kind<?>, List<?>> saved, Kind<T> kind) {
        return (List<T>) saved.getOrDefault(kind, List.of());
    }

    /**
     * Aggregates of one kind to save; with {@code replaceUnversioned}, those of revision 0 replace
     * the stored ones whatever their revision.
     */
    private record Part<T>(Kind<T> kind, List<T> items, boolean replaceUnversioned) {
        Part(Kind<T> kind, List<T> items) {
            this(kind, items, false);
        }

        long expected(T item, Held held) {
            long revision = kind.revision.applyAsLong(item);
            return replaceUnversioned && revision == 0 && held != null ? held.revision() : revision;
        }
    }

    /** What the store holds of an aggregate: its revision and position. */
    private record Held(long revision, long catalogPos) {}

    /** Thrown inside a save when a concurrent save inserted an aggregate first. */
    private static final class Raced extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient List<Part<?>> parts;

        Raced(List<Part<?>> parts, SQLException cause) {
            super(cause);
            this.parts = parts;
        }
    }

    private Map<Kind<?>, List<?>> saveAll(String what, boolean catalogPositions, List<Part<?>> parts) {
        try {
            return inTransaction(what, c -> {
                try (Sql.Batches batches = new Sql.Batches(c)) {
                    return saveAll(c, batches, catalogPositions, parts);
                }
            });
        } catch (Raced raced) {
            throw conflictAfterRace(what, raced);
        }
    }

    private static Map<Kind<?>, List<?>> saveAll(Connection c, Sql.Batches batches, boolean catalogPositions,
            List<Part<?>> parts) throws SQLException {
        List<Map<String, Held>> held = new ArrayList<>();
        boolean inserting = false;
        for (Part<?> part : parts) {
            Map<String, Held> h = lockAndCheck(c, part);
            held.add(h);
            inserting |= h.size() < part.items().size();
        }
        // Programme versions compare with the stored programmes: read them before any delete.
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).kind() == Mapping.EVENT) {
                @SuppressWarnings("unchecked")
                List<Event> events = (List<Event>) parts.get(i).items();
                Versions.record(c, batches, events, held.get(i).keySet());
            }
        }
        try {
            // Clear the children of every aggregate that is already stored, before any insert.
            for (int i = 0; i < parts.size(); i++) {
                for (String[] child : parts.get(i).kind().childTables) {
                    String delete = "DELETE FROM " + child[0] + " WHERE " + child[1] + " = ?";
                    for (String id : held.get(i).keySet()) {
                        batches.add(delete, id);
                    }
                }
            }
            Map<Kind<?>, List<?>> saved = new HashMap<>();
            for (int i = 0; i < parts.size(); i++) {
                saved.put(parts.get(i).kind(), write(c, batches, parts.get(i), held.get(i), catalogPositions));
            }
            batches.flush();
            return saved;
        } catch (SQLException e) {
            if (inserting && isIntegrityViolation(e)) {
                throw new Raced(parts, e);
            }
            throw e;
        }
    }

    private static <T> Map<String, Held> lockAndCheck(Connection c, Part<T> part) throws SQLException {
        Kind<T> kind = part.kind();
        Map<String, Held> held = new HashMap<>();
        List<String> ids = part.items().stream().map(kind.id).toList();
        for (int i = 0; i < ids.size(); i += Reader.CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + Reader.CHUNK));
            Sql.query(c, "SELECT id, revision, catalog_pos FROM " + kind.table + " WHERE id IN ("
                    + Sql.placeholders(chunk.size()) + ") FOR UPDATE",
                    rs -> held.put(rs.getString(1), new Held(rs.getLong(2), rs.getLong(3))), chunk.toArray());
        }
        for (T item : part.items()) {
            Held h = held.get(kind.id.apply(item));
            long expected = part.expected(item, h);
            if (h != null && h.revision() != expected) {
                throw new ConflictException(kind.describe(kind.id.apply(item)), expected, h.revision());
            }
        }
        return held;
    }

    private static <T> List<T> write(Connection c, Sql.Batches batches, Part<T> part, Map<String, Held> held,
            boolean catalogPositions) throws SQLException {
        Kind<T> kind = part.kind();
        long[] next = {-1};
        List<T> saved = new ArrayList<>(part.items().size());
        List<T> items = part.items();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String id = kind.id.apply(item);
            Held h = held.get(id);
            long revision = part.expected(item, h) + 1;
            long pos;
            if (catalogPositions) {
                pos = i;
            } else if (h != null) {
                pos = h.catalogPos();
            } else {
                if (next[0] < 0) {
                    Sql.query(c, "SELECT COALESCE(MAX(catalog_pos), -1) FROM " + kind.table,
                            rs -> next[0] = rs.getLong(1) + 1);
                }
                pos = next[0]++;
            }
            Object[] row = kind.rootRow.row(item, pos, revision);
            if (h != null) {
                batches.add(kind.updateSql, Kind.updateParams(row));
            } else {
                batches.add(kind.insertSql, row);
            }
            saved.add(kind.withRevision.with(item, revision));
        }
        // Children after every root row of this kind, so that batches flush parents first.
        for (T item : items) {
            kind.childRows.add(batches, item);
        }
        return saved;
    }

    private static boolean isIntegrityViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
                return true;
            }
            if (x.getCause() instanceof SQLException s && s != x && s.getSQLState() != null
                    && s.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private KonventException conflictAfterRace(String what, Raced raced) {
        for (Part<?> part : raced.parts) {
            KonventException conflict = raceOf(part);
            if (conflict != null) {
                return conflict;
            }
        }
        SQLException cause = (SQLException) raced.getCause();
        return new StoreException(what + " failed: " + Sql.safeMessage(cause), Sql.safe(cause));
    }

    private <T> KonventException raceOf(Part<T> part) {
        Kind<T> kind = part.kind();
        Map<String, Long> now = inConnection("read revisions", c -> {
            Map<String, Long> m = new HashMap<>();
            List<String> ids = part.items().stream().map(kind.id).toList();
            for (int i = 0; i < ids.size(); i += Reader.CHUNK) {
                List<String> chunk = ids.subList(i, Math.min(ids.size(), i + Reader.CHUNK));
                Sql.query(c, "SELECT id, revision FROM " + kind.table + " WHERE id IN ("
                        + Sql.placeholders(chunk.size()) + ")", rs -> m.put(rs.getString(1), rs.getLong(2)),
                        chunk.toArray());
            }
            return m;
        });
        for (T item : part.items()) {
            Long actual = now.get(kind.id.apply(item));
            long expected = kind.revision.applyAsLong(item);
            if (actual != null && actual != expected && !(part.replaceUnversioned() && expected == 0)) {
                return new ConflictException(kind.describe(kind.id.apply(item)), expected, actual);
            }
        }
        return null;
    }

    // --- loading -------------------------------------------------------------------------------

    /**
     * @return everything the store holds, as one catalog (in the order of the last catalog save,
     *     then of single saves)
     * @throws io.github.konvent.DanglingReferenceException if the stored aggregates refer to
     *     aggregates that are not stored (possible after deletes or single saves)
     */
    public Catalog load() {
        return inReadTransaction("load catalog", c -> {
            Reader r = new Reader(c);
            Reader.Owners all = Reader.Owners.every();
            return Catalog.builder()
                    .organizations(r.organizations(all))
                    .people(r.people(all))
                    .series(r.series(all))
                    .venues(r.venues(all))
                    .fundingProgrammes(r.programmes(all))
                    .projects(r.projects(all))
                    .events(r.events(all))
                    .labs(r.labs(all))
                    .awards(r.awards(all))
                    .build();
        });
    }

    /**
     * Loads an event with its whole programme in four statements, whatever its size.
     *
     * @param id an event id
     * @return the event, if stored
     */
    public Optional<Event> loadEvent(EventId id) {
        return first(loadEvents(List.of(id)));
    }

    /**
     * @param ids event ids
     * @return the stored events among them, each with its programme, in catalog order
     */
    public List<Event> loadEvents(List<EventId> ids) {
        return load("load events", ids, Reader::events);
    }

    /**
     * Loads an event with its programme and the people it names in six statements, whatever the
     * size of the programme.
     *
     * @param id an event id
     * @return the event and its people, if stored
     */
    public Optional<EventWithPeople> loadEventWithPeople(EventId id) {
        Objects.requireNonNull(id, "id");
        return inReadTransaction("load event " + id, c -> {
            Reader r = new Reader(c);
            Reader.Owners one = Reader.Owners.of(List.of(id.value()));
            List<Event> events = r.events(one);
            if (events.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new EventWithPeople(events.get(0), r.peopleOf(one)));
        });
    }

    /**
     * @param id a person id
     * @return the person, if stored
     */
    public Optional<Person> loadPerson(PersonId id) {
        return first(load("load person", List.of(id), Reader::people));
    }

    /**
     * @param id an organisation id
     * @return the organisation, if stored
     */
    public Optional<Organization> loadOrganization(OrganizationId id) {
        return first(load("load organization", List.of(id), Reader::organizations));
    }

    /**
     * @param id a series id
     * @return the series, if stored
     */
    public Optional<EventSeries> loadSeries(SeriesId id) {
        return first(load("load series", List.of(id), Reader::series));
    }

    /**
     * @param id a venue id
     * @return the venue with its rooms, if stored
     */
    public Optional<Venue> loadVenue(VenueId id) {
        return first(load("load venue", List.of(id), Reader::venues));
    }

    /**
     * @param room a room id
     * @return the venue that holds the room, with all its rooms, if stored
     */
    public Optional<Venue> loadVenueOfRoom(io.github.konvent.id.RoomId room) {
        Objects.requireNonNull(room, "room");
        return inReadTransaction("load venue of room " + room, c -> {
            List<String> venue = new ArrayList<>();
            Sql.query(c, "SELECT venue_id FROM konvent_room WHERE id = ?", rs -> venue.add(rs.getString(1)),
                    room.value());
            return venue.isEmpty() ? Optional.<Venue>empty() : first(new Reader(c).venues(Reader.Owners.of(venue)));
        });
    }

    /**
     * @param id a funding programme id
     * @return the programme, if stored
     */
    public Optional<FundingProgramme> loadFundingProgramme(ProgrammeId id) {
        return first(load("load funding programme", List.of(id), Reader::programmes));
    }

    /**
     * @param id a funding programme id
     * @return the programme with the stored projects that name it as their programme, if stored
     */
    public Optional<ProgrammeWithProjects> loadFundingProgrammeWithProjects(ProgrammeId id) {
        Objects.requireNonNull(id, "id");
        return inReadTransaction("load funding programme " + id, c -> {
            Reader r = new Reader(c);
            Reader.Owners one = Reader.Owners.of(List.of(id.value()));
            List<FundingProgramme> p = r.programmes(one);
            return p.isEmpty()
                    ? Optional.<ProgrammeWithProjects>empty()
                    : Optional.of(new ProgrammeWithProjects(p.get(0), r.projects(one, "programme_id")));
        });
    }

    /**
     * @param id a project id
     * @return the project, if stored
     */
    public Optional<Project> loadProject(ProjectId id) {
        return first(load("load project", List.of(id), Reader::projects));
    }

    /**
     * @param id a lab id
     * @return the lab, if stored
     */
    public Optional<CoCreationLab> loadLab(LabId id) {
        return first(load("load lab", List.of(id), Reader::labs));
    }

    /**
     * @param id an award id
     * @return the award, if stored
     */
    public Optional<Award> loadAward(AwardId id) {
        return first(load("load award", List.of(id), Reader::awards));
    }

    /** Reads aggregates of some owners. */
    private interface Load<T> {
        List<T> read(Reader reader, Reader.Owners owners) throws SQLException;
    }

    private <T> List<T> load(String what, List<? extends Id> ids, Load<T> load) {
        List<String> values = ids.stream().map(i -> Objects.requireNonNull(i, "id").value()).distinct().toList();
        if (values.isEmpty()) {
            return List.of();
        }
        return inReadTransaction(what, c -> load.read(new Reader(c), Reader.Owners.of(values)));
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    // --- programme versions ---------------------------------------------------------------------

    /**
     * Loads the programme versions of an event: each save that changed the event's programme
     * raised its version by one and recorded what changed (see {@link io.github.konvent.version.ProgrammeDiff}).
     *
     * @param id an event id
     * @return the history, oldest version first; empty if the store holds no version of the event
     */
    public Optional<ProgrammeHistory> loadProgrammeHistory(EventId id) {
        Objects.requireNonNull(id, "id");
        return inReadTransaction("load programme history of " + id, c -> Versions.load(c, id));
    }

    /**
     * What a cache needs to know whether an event changed, in one statement: its revision and its
     * programme version.
     *
     * @param id an event id
     * @return the stamp, if the event is stored
     */
    public Optional<EventStamp> loadStamp(EventId id) {
        Objects.requireNonNull(id, "id");
        return inConnection("load stamp of " + id, c -> Versions.stamp(c, id));
    }

    // --- queries -------------------------------------------------------------------------------

    /**
     * @param query criteria and page
     * @return the ids of the matching events of that page, ordered by start date (undated last),
     *     then id
     */
    public List<EventId> findEvents(EventSearch query) {
        EventSearch.Statement s = Objects.requireNonNull(query, "query").toSql(false);
        return inConnection("find events", c -> {
            List<EventId> ids = new ArrayList<>();
            Sql.query(c, s.sql(), rs -> ids.add(EventId.of(rs.getString(1))), s.params());
            return ids;
        });
    }

    /**
     * @param query criteria (the page is ignored)
     * @return how many events match
     */
    public long countEvents(EventSearch query) {
        EventSearch.Statement s = Objects.requireNonNull(query, "query").toSql(true);
        return inConnection("count events", c -> {
            long[] n = {0};
            Sql.query(c, s.sql(), rs -> n[0] = rs.getLong(1), s.params());
            return n[0];
        });
    }

    // --- deleting -------------------------------------------------------------------------------

    /**
     * Deletes an event with its programme.
     *
     * @param id an event id
     * @return true if it was stored
     */
    public boolean delete(EventId id) {
        return delete(Mapping.EVENT, id);
    }

    /**
     * @param id a person id
     * @return true if it was stored
     */
    public boolean delete(PersonId id) {
        return delete(Mapping.PERSON, id);
    }

    /**
     * @param id an organisation id
     * @return true if it was stored
     */
    public boolean delete(OrganizationId id) {
        return delete(Mapping.ORGANIZATION, id);
    }

    /**
     * @param id a series id
     * @return true if it was stored
     */
    public boolean delete(SeriesId id) {
        return delete(Mapping.SERIES, id);
    }

    /**
     * @param id a venue id
     * @return true if it was stored
     */
    public boolean delete(VenueId id) {
        return delete(Mapping.VENUE, id);
    }

    /**
     * Deletes a funding programme; its projects stay.
     *
     * @param id a funding programme id
     * @return true if it was stored
     */
    public boolean delete(ProgrammeId id) {
        return delete(Mapping.PROGRAMME, id);
    }

    /**
     * @param id a project id
     * @return true if it was stored
     */
    public boolean delete(ProjectId id) {
        return delete(Mapping.PROJECT, id);
    }

    /**
     * @param id a lab id
     * @return true if it was stored
     */
    public boolean delete(LabId id) {
        return delete(Mapping.LAB, id);
    }

    /**
     * @param id an award id
     * @return true if it was stored
     */
    public boolean delete(AwardId id) {
        return delete(Mapping.AWARD, id);
    }

    /** Deletes everything the store holds (the schema stays), in one transaction. */
    public void deleteAll() {
        inTransaction("delete all", c -> {
            Versions.deleteAll(c);
            for (Kind<?> k : List.of(Mapping.AWARD, Mapping.LAB, Mapping.EVENT, Mapping.PROJECT, Mapping.PROGRAMME,
                    Mapping.VENUE, Mapping.SERIES, Mapping.PERSON, Mapping.ORGANIZATION)) {
                for (String[] child : k.childTables) {
                    Sql.update(c, "DELETE FROM " + child[0]);
                }
                Sql.update(c, "DELETE FROM " + k.table);
            }
            return null;
        });
    }

    private boolean delete(Kind<?> kind, Id id) {
        Objects.requireNonNull(id, "id");
        return inTransaction("delete " + kind.describe(id.value()), c -> {
            if (kind == Mapping.EVENT) {
                Versions.delete(c, id.value());
            }
            for (String[] child : kind.childTables) {
                Sql.update(c, "DELETE FROM " + child[0] + " WHERE " + child[1] + " = ?", id.value());
            }
            return Sql.update(c, "DELETE FROM " + kind.table + " WHERE id = ?", id.value()) > 0;
        });
    }

    // --- transactions -------------------------------------------------------------------------------

    /** Work on a connection. */
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inConnection(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + Sql.safeMessage(e), Sql.safe(e));
        }
    }

    private <T> T inTransaction(String what, Work<T> work) {
        return inTransaction(what, false, work);
    }

    /**
     * A transaction that reads one snapshot: repeatable read, so that the several statements of a
     * load see the same committed state (PostgreSQL and H2 read committed by default).
     */
    private <T> T inReadTransaction(String what, Work<T> work) {
        return inTransaction(what, true, work);
    }

    private <T> T inTransaction(String what, boolean snapshot, Work<T> work) {
        LOG.debug("begin: {}", what);
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            boolean raise = snapshot && isolation < Connection.TRANSACTION_REPEATABLE_READ
                    && c.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ);
            if (raise) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            if (autoCommit) {
                c.setAutoCommit(false);
            }
            try {
                T result = work.run(c);
                c.commit();
                LOG.debug("commit: {}", what);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                    LOG.debug("rollback: {}", what);
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            } finally {
                try {
                    if (autoCommit) {
                        c.setAutoCommit(true);
                    }
                    if (raise) {
                        c.setTransactionIsolation(isolation);
                    }
                } catch (SQLException ignored) {
                    LOG.debug("could not restore the connection's settings after {}", what);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + Sql.safeMessage(e), Sql.safe(e));
        }
    }

}
