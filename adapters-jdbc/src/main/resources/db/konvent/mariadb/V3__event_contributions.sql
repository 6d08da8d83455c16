-- Konvent catalog store, schema version 3: contributions to a whole event (overall moderation,
-- hosts, a patron) rather than to one session. Generated for mariadb; see docs/FORMAT-SQL.md.

CREATE TABLE konvent_event_contribution (
    event_id VARCHAR(128) NOT NULL,
    pos INTEGER NOT NULL,
    person_id VARCHAR(128) NOT NULL,
    role_name VARCHAR(32) NOT NULL,
    function_text MEDIUMTEXT,
    PRIMARY KEY (event_id, pos),
    CONSTRAINT fk_konvent_event_contribution FOREIGN KEY (event_id)
        REFERENCES konvent_event (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_konvent_event_contribution_person ON konvent_event_contribution (person_id);

-- The parties an event-wide contribution is on behalf of (contribution_pos = the contribution's pos).
CREATE TABLE konvent_event_contribution_party (
    event_id VARCHAR(128) NOT NULL,
    contribution_pos INTEGER NOT NULL,
    pos INTEGER NOT NULL,
    party_kind VARCHAR(16) NOT NULL,
    party_id VARCHAR(128) NOT NULL,
    PRIMARY KEY (event_id, contribution_pos, pos),
    CONSTRAINT fk_konvent_event_contribution_party FOREIGN KEY (event_id)
        REFERENCES konvent_event (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_konvent_event_contribution_party_party ON konvent_event_contribution_party (party_id);
