-- Konvent catalog store, schema version 2: availability windows of people and rooms.
-- Generated for mariadb; see docs/FORMAT-SQL.md. opens and closes are local date-times, read
-- in the zone of the event that uses them; a person or room without rows is always available.

CREATE TABLE konvent_person_availability (
    person_id VARCHAR(128) NOT NULL,
    pos INTEGER NOT NULL,
    opens DATETIME(6) NOT NULL,
    closes DATETIME(6) NOT NULL,
    PRIMARY KEY (person_id, pos),
    CONSTRAINT fk_konvent_person_availability FOREIGN KEY (person_id)
        REFERENCES konvent_person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

-- Rooms belong to a venue aggregate, so their windows refer to the venue (and cascade with it).
CREATE TABLE konvent_room_availability (
    venue_id VARCHAR(128) NOT NULL,
    room_id VARCHAR(128) NOT NULL,
    pos INTEGER NOT NULL,
    opens DATETIME(6) NOT NULL,
    closes DATETIME(6) NOT NULL,
    PRIMARY KEY (room_id, pos),
    CONSTRAINT fk_konvent_room_availability FOREIGN KEY (venue_id)
        REFERENCES konvent_venue (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_konvent_room_availability_venue ON konvent_room_availability (venue_id);
