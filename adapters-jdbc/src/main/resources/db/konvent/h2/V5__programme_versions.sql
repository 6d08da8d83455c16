-- Konvent catalog store, schema version 5: programme versions. Each save of an event that changed
-- its programme raises the event's programme version and records what changed, session by
-- session, so that calendar feeds can raise SEQUENCE and keep removed sessions as cancelled.
-- Generated for h2; see docs/FORMAT-SQL.md and docs/PORTAL.md.

CREATE TABLE konvent_programme_version (
    event_id VARCHAR(128) NOT NULL,
    version BIGINT NOT NULL,
    saved_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_konvent_programme_version PRIMARY KEY (event_id, version)
);

-- One row per changed session of a version; times are local date-times in the event's zone.
CREATE TABLE konvent_programme_change (
    event_id VARCHAR(128) NOT NULL,
    version BIGINT NOT NULL,
    pos INTEGER NOT NULL,
    session_id VARCHAR(128) NOT NULL,
    kinds VARCHAR(200) NOT NULL,
    title CHARACTER VARYING(1000000) NOT NULL,
    old_start TIMESTAMP(6),
    old_end TIMESTAMP(6),
    old_room VARCHAR(128),
    new_start TIMESTAMP(6),
    new_end TIMESTAMP(6),
    new_room VARCHAR(128),
    people_added CHARACTER VARYING(1000000),
    people_removed CHARACTER VARYING(1000000),
    CONSTRAINT pk_konvent_programme_change PRIMARY KEY (event_id, version, pos)
);
