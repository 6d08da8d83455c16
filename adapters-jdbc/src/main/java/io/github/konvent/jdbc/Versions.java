package io.github.konvent.jdbc;

import io.github.konvent.event.Event;
import io.github.konvent.id.EventId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.version.ChangeKind;
import io.github.konvent.version.ProgrammeChange;
import io.github.konvent.version.ProgrammeDiff;
import io.github.konvent.version.ProgrammeHistory;
import io.github.konvent.version.ProgrammeVersion;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Programme versions in the tables of migration V5: recorded on save, read for feeds and diffs. */
final class Versions {
    static final String VERSION_TABLE = "konvent_programme_version";
    static final String CHANGE_TABLE = "konvent_programme_change";
    private static final String INSERT_VERSION = "INSERT INTO " + VERSION_TABLE
            + " (event_id, version, saved_at) VALUES (?, ?, ?)";
    private static final String INSERT_CHANGE = "INSERT INTO " + CHANGE_TABLE + " (event_id, version, pos,"
            + " session_id, kinds, title, old_start, old_end, old_room, new_start, new_end, new_room,"
            + " people_added, people_removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private Versions() {}

    /**
     * Records a version for each event that is new or whose programme differs from the stored one.
     *
     * @param stored the ids of the events the store holds now (their rows are locked)
     */
    static void record(Connection c, Sql.Batches batches, List<Event> events, Set<String> stored) throws SQLException {
        Map<String, Event> old = new HashMap<>();
        if (!stored.isEmpty()) {
            for (Event e : new Reader(c).events(Reader.Owners.of(stored))) {
                old.put(e.id().value(), e);
            }
        }
        Map<String, Long> current = new HashMap<>();
        List<String> ids = events.stream().map(e -> e.id().value()).toList();
        for (int i = 0; i < ids.size(); i += Reader.CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + Reader.CHUNK));
            Sql.query(c, "SELECT event_id, MAX(version) FROM " + VERSION_TABLE + " WHERE event_id IN ("
                    + Sql.placeholders(chunk.size()) + ") GROUP BY event_id",
                    rs -> current.put(rs.getString(1), rs.getLong(2)), chunk.toArray());
        }
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        for (Event e : events) {
            String id = e.id().value();
            long version = current.getOrDefault(id, 0L);
            Event before = old.get(id);
            List<ProgrammeChange> changes = before == null ? List.of() : ProgrammeDiff.of(before, e).changes();
            if (version > 0 && changes.isEmpty()) {
                continue;
            }
            long next = version + 1;
            batches.add(INSERT_VERSION, id, next, now);
            for (int pos = 0; pos < changes.size(); pos++) {
                ProgrammeChange ch = changes.get(pos);
                batches.add(INSERT_CHANGE, id, next, pos, ch.session().value(),
                        ch.kinds().stream().map(Enum::name).collect(Collectors.joining(",")), ch.title(),
                        Sql.timestamp(ch.oldStart()), Sql.timestamp(ch.oldEnd()), Sql.text(ch.oldRoom().map(RoomId::value)),
                        Sql.timestamp(ch.newStart()), Sql.timestamp(ch.newEnd()), Sql.text(ch.newRoom().map(RoomId::value)),
                        Sql.text(people(ch.peopleAdded())), Sql.text(people(ch.peopleRemoved())));
            }
        }
    }

    private static Optional<String> people(List<PersonId> ids) {
        return ids.isEmpty() ? Optional.empty()
                : Optional.of(ids.stream().map(PersonId::value).collect(Collectors.joining(" ")));
    }

    static void delete(Connection c, String eventId) throws SQLException {
        Sql.update(c, "DELETE FROM " + CHANGE_TABLE + " WHERE event_id = ?", eventId);
        Sql.update(c, "DELETE FROM " + VERSION_TABLE + " WHERE event_id = ?", eventId);
    }

    static void deleteAll(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM " + CHANGE_TABLE);
        Sql.update(c, "DELETE FROM " + VERSION_TABLE);
    }

    static Optional<ProgrammeHistory> load(Connection c, EventId id) throws SQLException {
        Map<Long, ProgrammeVersion.Builder> versions = new LinkedHashMap<>();
        Sql.query(c, "SELECT version, saved_at FROM " + VERSION_TABLE + " WHERE event_id = ? ORDER BY version",
                rs -> versions.put(rs.getLong(1), ProgrammeVersion.builder().version(rs.getLong(1))
                        .savedAt(instant(rs, "saved_at"))), id.value());
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        Sql.query(c, "SELECT * FROM " + CHANGE_TABLE + " WHERE event_id = ? ORDER BY version, pos", rs -> {
            ProgrammeVersion.Builder v = versions.get(rs.getLong("version"));
            if (v == null) {
                return;
            }
            Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
            for (String k : rs.getString("kinds").split(",")) {
                kinds.add(ChangeKind.valueOf(k));
            }
            v.addChanges(ProgrammeChange.builder()
                    .session(SessionId.of(rs.getString("session_id")))
                    .title(rs.getString("title"))
                    .kinds(kinds)
                    .oldStart(Sql.timestamp(rs, "old_start"))
                    .oldEnd(Sql.timestamp(rs, "old_end"))
                    .oldRoom(Sql.string(rs, "old_room").map(RoomId::of))
                    .newStart(Sql.timestamp(rs, "new_start"))
                    .newEnd(Sql.timestamp(rs, "new_end"))
                    .newRoom(Sql.string(rs, "new_room").map(RoomId::of))
                    .peopleAdded(persons(Sql.string(rs, "people_added")))
                    .peopleRemoved(persons(Sql.string(rs, "people_removed")))
                    .build());
        }, id.value());
        List<ProgrammeVersion> list = new ArrayList<>();
        versions.values().forEach(b -> list.add(b.build()));
        return Optional.of(ProgrammeHistory.builder().event(id).versions(list).build());
    }

    static Optional<EventStamp> stamp(Connection c, EventId id) throws SQLException {
        EventStamp[] found = {null};
        Sql.query(c, "SELECT e.revision, v.version, v.saved_at FROM konvent_event e LEFT JOIN " + VERSION_TABLE
                + " v ON v.event_id = e.id AND v.version = (SELECT MAX(version) FROM " + VERSION_TABLE
                + " WHERE event_id = e.id) WHERE e.id = ?", rs -> found[0] = new EventStamp(rs.getLong(1),
                        rs.getLong(2), rs.getObject(3) == null ? Instant.EPOCH : instant(rs, "saved_at")), id.value());
        return Optional.ofNullable(found[0]);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static List<PersonId> persons(Optional<String> text) {
        return text.map(t -> Arrays.stream(t.split(" ")).filter(s -> !s.isEmpty()).map(PersonId::of).toList())
                .orElse(List.of());
    }
}
