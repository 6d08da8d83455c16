-- Konvent catalog store, schema version 4: the identifiers other systems gave events, sessions,
-- people and rooms (c3voc guid, frab id, iCalendar UID), by scheme, so that an import followed by
-- an export keeps them. One generic table; aggregate_kind/aggregate_id name the aggregate whose
-- save replaces the rows (a room's aggregate is its venue, a session's its event).
-- Generated for h2; see docs/FORMAT-SQL.md.

CREATE TABLE konvent_external_id (
    aggregate_kind VARCHAR(16) NOT NULL,
    aggregate_id VARCHAR(128) NOT NULL,
    owner_kind VARCHAR(16) NOT NULL,
    owner_id VARCHAR(128) NOT NULL,
    scheme VARCHAR(132) NOT NULL,
    id_value VARCHAR(1024) NOT NULL,
    CONSTRAINT pk_konvent_external_id PRIMARY KEY (owner_kind, owner_id, scheme)
);
CREATE INDEX ix_konvent_external_id_aggregate ON konvent_external_id (aggregate_kind, aggregate_id);
