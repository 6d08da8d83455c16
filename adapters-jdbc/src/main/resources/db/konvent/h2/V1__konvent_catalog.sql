-- Konvent catalog store, schema version 1. Generated for h2; see docs/FORMAT-SQL.md.
-- Every aggregate table has a revision (optimistic locking) and a catalog_pos (the order of
-- the catalog's lists). Child tables hold a pos column for list order and refer to their
-- aggregate with ON DELETE CASCADE. References between aggregates are plain id columns.

CREATE TABLE konvent_organization (
    id VARCHAR(128) NOT NULL,
    catalog_pos BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    name CHARACTER VARYING(1000000) NOT NULL,
    short_name CHARACTER VARYING(1000000),
    kind VARCHAR(32) NOT NULL,
    ags VARCHAR(8),
    parent_id VARCHAR(128),
    has_address BOOLEAN NOT NULL,
    addr_street CHARACTER VARYING(1000000),
    addr_postal_code CHARACTER VARYING(1000000),
    addr_locality CHARACTER VARYING(1000000),
    addr_district CHARACTER VARYING(1000000),
    addr_region CHARACTER VARYING(1000000),
    addr_country VARCHAR(2),
    website CHARACTER VARYING(1000000),
    CONSTRAINT pk_konvent_organization PRIMARY KEY (id)
);
CREATE INDEX ix_konvent_organization_ags ON konvent_organization (ags);

CREATE TABLE konvent_organization_contact (
    organization_id VARCHAR(128) NOT NULL,
    pos INTEGER NOT NULL,
    email CHARACTER VARYING(1000000),
    phone CHARACTER VARYING(1000000),
    url CHARACTER VARYING(1000000),
    is_public BOOLEAN NOT NULL,
    CONSTRAINT pk_konvent_organization_contact PRIMARY KEY (organization_id, pos),
    CONSTRAINT fk_konvent_organization_contact FOREIGN KEY (organization_id)
        REFERENCES konvent_organization (id) ON DELETE CASCADE
);

CREATE TABLE konvent_person (
    id VARCHAR(128) NOT NULL,
    catalog_pos BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    salutation CHARACTER VARYING(1000000),
    honorific CHARACTER VARYING(1000000),
    given_name CHARACTER VARYING(1000000),
    family_name CHARACTER VARYING(1000000) NOT NULL,
    CONSTRAINT pk_konvent_person PRIMARY KEY (id)
);

CREATE TABLE konvent_person_affiliation (
    person_id VARCHAR(128) NOT NULL,
    pos INTEGER NOT NULL,
    organization_id VARCHAR(128) NOT NULL,
    position_title CHARACTER VARYING(1000000),
    valid_from DATE,
    valid_until DATE,
    as_of DATE,
    CONSTRAINT pk_konvent_person_affiliation PRIMARY KEY (person_id, pos),
    CONSTRAINT fk_konvent_person_affiliation FOREIGN KEY (person_id)
        REFERENCES konvent_person (id) ON DELETE CASCADE
);

CREATE TABLE konvent_person_contact (
    person_id VARCHAR(128) NOT NULL,
    pos INTEGER NOT NULL,
    email CHARACTER VARYING(1000000),
    phone CHARACTER VARYING(1000000),
    url CHARACTER VARYING(1000000),
    is_public BOOLEAN NOT NULL,
    CONSTRAINT pk_konvent_person_contact PRIMARY KEY (person_id, pos),
    CONSTRAINT fk_konvent_person_contact FOREIGN KEY (person_id)
        REFERENCES konvent_person (id) ON DELETE CASCADE
);

CREATE TABLE konvent_series (
    id VARCHAR(128) NOT NULL,
    catalog_pos BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    name CHARACTER VARYING(1000000) NOT NULL,
    motto CHARACTER VARYING(1000000),
    description CHARACTER VARYING(1000000),
    cadence_kind VARCHAR(32) NOT NULL,
    first_year INTEGER,
    typical_days INTEGER,
    typical_attendance_mode VARCHAR(32),
    changing_theme_and_place BOOLEAN NOT NULL,
    website CHARACTER VARYING(1000000),
    CONSTRAINT pk_konvent_series PRIMARY KEY (id)
);

-- Child rows of a series: cadence dates (DATE), involvements (PARTY), attendance modes (MODE),
-- topics, target audiences, aims and guiding questions (TOPIC, AUDIENCE, AIM, QUESTION).
CREATE TABLE konvent_series_item (
    series_id VARCHAR(128) NOT NULL,
    item_kind VARCHAR(16) NOT NULL,
    pos INTEGER NOT NULL,
    text_value CHARACTER VARYING(1000000),
    party_kind VARCHAR(16),
    party_id VARCHAR(128),
    role_name VARCHAR(32),
    date_value DATE,
    CONSTRAINT pk_konvent_series_item PRIMARY KEY (series_id, item_kind, pos),
    CONSTRAINT fk_konvent_series_item FOREIGN KEY (series_id)
        REFERENCES konvent_series (id) ON DELETE CASCADE
);

CREATE TABLE konvent_venue (
    id VARCHAR(128) NOT NULL,
    catalog_pos BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    name CHARACTER VARYING(1000000) NOT NULL,
    has_address BOOLEAN NOT NULL,
    addr_street CHARACTER VARYING(1000000),
    addr_postal_code CHARACTER VARYING(1000000),
    addr_locality CHARACTER VARYING(1000000),
    addr_district CHARACTER VARYING(1000000),
    addr_region CHARACTER VARYING(1000000),
    addr_country VARCHAR(2),
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    accessibility_note CHARACTER VARYING(1000000),
    website CHARACTER VARYING(1000000),
    CONSTRAINT pk_konvent_venue PRIMARY KEY (id)
);

CREATE TABLE konvent_room (
    id VARCHAR(128) NOT NULL,
    venue_id VARCHAR(128) NOT NULL,
    pos INTEGER NOT NULL,
    name CHARACTER VARYING(1000000) NOT NULL,
    capacity INTEGER,
    CONSTRAINT pk_konvent_room PRIMARY KEY (id),
    CONSTRAINT fk_konvent_room FOREIGN KEY (venue_id)
        REFERENCES konvent_venue (id) ON DELETE CASCADE
);
CREATE INDEX ix_konvent_room_venue ON konvent_room (venue_id);

-- Accessibility features of a venue (room_id '') or of one of its rooms.
CREATE TABLE konvent_venue_accessibility (
    venue_id VARCHAR(128) NOT NULL,
    room_id VARCHAR(128) NOT NULL,
    feature VARCHAR(32) NOT NULL,
    CONSTRAINT pk_konvent_venue_accessibility PRIMARY KEY (venue_id, room_id, feature),
    CONSTRAINT fk_konvent_venue_accessibility FOREIGN KEY (venue_id)
        REFERENCES konvent_venue (id) ON DELETE CASCADE
);

CREATE TABLE konvent_event (
    id VARCHAR(128) NOT NULL,
    catalog_pos BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    title CHARACTER VARYING(1000000) NOT NULL,
    subtitle CHARACTER VARYING(1000000),
    theme CHARACTER VARYING(1000000),
    description CHARACTER VARYING(1000000),
    event_type VARCHAR(32) NOT NULL,
    status VARCHAR(32) NOT NULL,
    series_id VARCHAR(128),
    edition_number INTEGER,
    stated_year INTEGER,
    zone_id VARCHAR(64) NOT NULL,
    start_date DATE,
    end_date DATE,
    days INTEGER NOT NULL,
    daily_start TIME(6),
    daily_end TIME(6),
    attendance_mode VARCHAR(32) NOT NULL,
    venue_id VARCHAR(128),
    has_online BOOLEAN NOT NULL,
    online_join_url CHARACTER VARYING(1000000),
    online_platform CHARACTER VARYING(1000000),
    online_label CHARACTER VARYING(1000000),
    programme_id VARCHAR(128),
    has_registration BOOLEAN NOT NULL,
    reg_state VARCHAR(32),
    reg_url CHARACTER VARYING(1000000),
    reg_opens TIMESTAMP(6),
    reg_closes TIMESTAMP(6),
    has_fee BOOLEAN NOT NULL,
    fee_amount VARCHAR(64),
    fee_currency VARCHAR(3),
    fee_note CHARACTER VARYING(1000000),
    reg_capacity INTEGER,
    reg_note CHARACTER VARYING(1000000),
    contact_id VARCHAR(128),
    website CHARACTER VARYING(1000000),
    participant_count INTEGER,
    lang CHARACTER VARYING(1000000) NOT NULL,
    CONSTRAINT pk_konvent_event PRIMARY KEY (id)
);
CREATE INDEX ix_konvent_event_dates ON konvent_event (start_date, end_date);
CREATE INDEX ix_konvent_event_series ON konvent_event (series_id);
CREATE INDEX ix_konvent_event_programme ON konvent_event (programme_id);
CREATE INDEX ix_konvent_event_contact ON konvent_event (contact_id);

-- Involvements of organisations and projects in an event.
CREATE TABLE konvent_event_involvement (
    event_id VARCHAR(128) NOT NULL,
    pos INTEGER NOT NULL,
    party_kind VARCHAR(16) NOT NULL,
    party_id VARCHAR(128) NOT NULL,
    role_name VARCHAR(32) NOT NULL,
    CONSTRAINT pk_konvent_event_involvement PRIMARY KEY (event_id, pos),
    CONSTRAINT fk_konvent_event_involvement FOREIGN KEY (event_id)
        REFERENCES konvent_event (id) ON DELETE CASCADE
);
CREATE INDEX ix_konvent_event_involvement_party ON konvent_event_involvement (party_id, role_name);

-- Lists of text of an event: target audiences (AUDIENCE), topics (TOPIC), guiding questions (QUESTION).
CREATE TABLE konvent_event_text (
    event_id VARCHAR(128) NOT NULL,
    item_kind VARCHAR(16) NOT NULL,
    pos INTEGER NOT NULL,
    text_value CHARACTER VARYING(1000000) NOT NULL,
    CONSTRAINT pk_konvent_event_text PRIMARY KEY (event_id, item_kind, pos),
    CONSTRAINT fk_konvent_event_text FOREIGN KEY (event_id)
        REFERENCES konvent_event (id) ON DELETE CASCADE
);
CREATE INDEX ix_konvent_event_text_value ON konvent_event_text (text_value);

CREATE TABLE konvent_event_link (
    event_id VARCHAR(128) NOT NULL,
    pos INTEGER NOT NULL,
    label CHARACTER VARYING(1000000) NOT NULL,
    url CHARACTER VARYING(1000000),
    media_type CHARACTER VARYING(1000000),
    size_bytes BIGINT,
    CONSTRAINT pk_konvent_event_link PRIMARY KEY (event_id, pos),
    CONSTRAINT fk_konvent_event_link FOREIGN KEY (event_id)
        REFERENCES konvent_event (id) ON DELETE CASCADE
);

CREATE TABLE konvent_block (
    event_id VARCHAR(128) NOT NULL,
    id VARCHAR(128) NOT NULL,
    pos INTEGER NOT NULL,
    label CHARACTER VARYING(1000000),
    day_no INTEGER NOT NULL,
    start_time TIME(6),
    end_time TIME(6),
    announced_session_count INTEGER,
    CONSTRAINT pk_konvent_block PRIMARY KEY (event_id, id),
    CONSTRAINT fk_konvent_block FOREIGN KEY (event_id)
        REFERENCES konvent_event (id) ON DELETE CASCADE
);

CREATE TABLE konvent_session (
    id VARCHAR(128) NOT NULL,
    event_id VARCHAR(128) NOT NULL,
    pos INTEGER NOT NULL,
    title CHARACTER VARYING(1000000) NOT NULL,
    session_format VARCHAR(32) NOT NULL,
    format_label CHARACTER VARYING(1000000),
    description CHARACTER VARYING(1000000),
    day_no INTEGER NOT NULL,
    start_time TIME(6),
    end_time TIME(6),
    ends_next_day BOOLEAN NOT NULL,
    end_derived BOOLEAN NOT NULL,
    room_id VARCHAR(128),
    block_id VARCHAR(128),
    parent_id VARCHAR(128),
    item_number INTEGER,
    is_optional BOOLEAN NOT NULL,
    side_programme BOOLEAN NOT NULL,
    expected_audience INTEGER,
    CONSTRAINT pk_konvent_session PRIMARY KEY (id),
    CONSTRAINT fk_konvent_session FOREIGN KEY (event_id)
        REFERENCES konvent_event (id) ON DELETE CASCADE
);
CREATE INDEX ix_konvent_session_event ON konvent_session (event_id, pos);
CREATE INDEX ix_konvent_session_format ON konvent_session (session_format, event_id);

-- Lists of text of a session: topics (TOPIC) and guiding questions (QUESTION).
CREATE TABLE konvent_session_text (
    session_id VARCHAR(128) NOT NULL,
    item_kind VARCHAR(16) NOT NULL,
    pos INTEGER NOT NULL,
    event_id VARCHAR(128) NOT NULL,
    text_value CHARACTER VARYING(1000000) NOT NULL,
    CONSTRAINT pk_konvent_session_text PRIMARY KEY (session_id, item_kind, pos),
    CONSTRAINT fk_konvent_session_text FOREIGN KEY (session_id)
        REFERENCES konvent_session (id) ON DELETE CASCADE
);
CREATE INDEX ix_konvent_session_text_event ON konvent_session_text (event_id);
CREATE INDEX ix_konvent_session_text_value ON konvent_session_text (text_value);

-- Who contributes to a session (person, role, function).
CREATE TABLE konvent_contribution (
    session_id VARCHAR(128) NOT NULL,
    pos INTEGER NOT NULL,
    event_id VARCHAR(128) NOT NULL,
    person_id VARCHAR(128) NOT NULL,
    role_name VARCHAR(32) NOT NULL,
    function_text CHARACTER VARYING(1000000),
    CONSTRAINT pk_konvent_contribution PRIMARY KEY (session_id, pos),
    CONSTRAINT fk_konvent_contribution FOREIGN KEY (session_id)
        REFERENCES konvent_session (id) ON DELETE CASCADE
);
CREATE INDEX ix_konvent_contribution_event ON konvent_contribution (event_id);
CREATE INDEX ix_konvent_contribution_person ON konvent_contribution (person_id);

-- Parties of a session: presenters (contribution_pos -1) and the parties a contribution is on
-- behalf of (contribution_pos = the contribution's pos).
CREATE TABLE konvent_session_party (
    session_id VARCHAR(128) NOT NULL,
    contribution_pos INTEGER NOT NULL,
    pos INTEGER NOT NULL,
    event_id VARCHAR(128) NOT NULL,
    party_kind VARCHAR(16) NOT NULL,
    party_id VARCHAR(128) NOT NULL,
    CONSTRAINT pk_konvent_session_party PRIMARY KEY (session_id, contribution_pos, pos),
    CONSTRAINT fk_konvent_session_party FOREIGN KEY (session_id)
        REFERENCES konvent_session (id) ON DELETE CASCADE
);
CREATE INDEX ix_konvent_session_party_event ON konvent_session_party (event_id);
CREATE INDEX ix_konvent_session_party_party ON konvent_session_party (party_id);

CREATE TABLE konvent_funding_programme (
    id VARCHAR(128) NOT NULL,
    catalog_pos BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    name CHARACTER VARYING(1000000) NOT NULL,
    description CHARACTER VARYING(1000000),
    framework CHARACTER VARYING(1000000),
    start_date DATE,
    end_date DATE,
    accompanying_research_id VARCHAR(128),
    stated_project_count INTEGER,
    website CHARACTER VARYING(1000000),
    CONSTRAINT pk_konvent_funding_programme PRIMARY KEY (id)
);

-- Funders (FUNDER, organisation ids) and thematic focuses (FOCUS) of a funding programme.
CREATE TABLE konvent_funding_programme_item (
    programme_id VARCHAR(128) NOT NULL,
    item_kind VARCHAR(16) NOT NULL,
    pos INTEGER NOT NULL,
    text_value CHARACTER VARYING(1000000) NOT NULL,
    CONSTRAINT pk_konvent_funding_programme_item PRIMARY KEY (programme_id, item_kind, pos),
    CONSTRAINT fk_konvent_funding_programme_item FOREIGN KEY (programme_id)
        REFERENCES konvent_funding_programme (id) ON DELETE CASCADE
);

CREATE TABLE konvent_project (
    id VARCHAR(128) NOT NULL,
    catalog_pos BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    acronym CHARACTER VARYING(1000000),
    title CHARACTER VARYING(1000000) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    description CHARACTER VARYING(1000000),
    programme_id VARCHAR(128),
    start_date DATE,
    end_date DATE,
    website CHARACTER VARYING(1000000),
    CONSTRAINT pk_konvent_project PRIMARY KEY (id)
);
CREATE INDEX ix_konvent_project_programme ON konvent_project (programme_id);

CREATE TABLE konvent_consortium_member (
    project_id VARCHAR(128) NOT NULL,
    pos INTEGER NOT NULL,
    organization_id VARCHAR(128) NOT NULL,
    is_lead BOOLEAN NOT NULL,
    unit_id VARCHAR(128),
    role_text CHARACTER VARYING(1000000),
    CONSTRAINT pk_konvent_consortium_member PRIMARY KEY (project_id, pos),
    CONSTRAINT fk_konvent_consortium_member FOREIGN KEY (project_id)
        REFERENCES konvent_project (id) ON DELETE CASCADE
);

-- Places (PLACE), municipalities (MUNICIPALITY, organisation ids), grant references (GRANT)
-- and topics (TOPIC) of a project.
CREATE TABLE konvent_project_item (
    project_id VARCHAR(128) NOT NULL,
    item_kind VARCHAR(16) NOT NULL,
    pos INTEGER NOT NULL,
    text_value CHARACTER VARYING(1000000) NOT NULL,
    CONSTRAINT pk_konvent_project_item PRIMARY KEY (project_id, item_kind, pos),
    CONSTRAINT fk_konvent_project_item FOREIGN KEY (project_id)
        REFERENCES konvent_project (id) ON DELETE CASCADE
);

CREATE TABLE konvent_lab (
    id VARCHAR(128) NOT NULL,
    catalog_pos BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    name CHARACTER VARYING(1000000) NOT NULL,
    purpose CHARACTER VARYING(1000000),
    host_municipality_id VARCHAR(128),
    project_id VARCHAR(128),
    CONSTRAINT pk_konvent_lab PRIMARY KEY (id)
);

-- Partners (PARTNER, organisation ids), lab sessions (EVENT, event ids) and topics (TOPIC) of a lab.
CREATE TABLE konvent_lab_item (
    lab_id VARCHAR(128) NOT NULL,
    item_kind VARCHAR(16) NOT NULL,
    pos INTEGER NOT NULL,
    text_value CHARACTER VARYING(1000000) NOT NULL,
    CONSTRAINT pk_konvent_lab_item PRIMARY KEY (lab_id, item_kind, pos),
    CONSTRAINT fk_konvent_lab_item FOREIGN KEY (lab_id)
        REFERENCES konvent_lab (id) ON DELETE CASCADE
);

CREATE TABLE konvent_award (
    id VARCHAR(128) NOT NULL,
    catalog_pos BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    name CHARACTER VARYING(1000000) NOT NULL,
    description CHARACTER VARYING(1000000),
    series_id VARCHAR(128),
    awarded_by_kind VARCHAR(16),
    awarded_by_id VARCHAR(128),
    CONSTRAINT pk_konvent_award PRIMARY KEY (id)
);

-- Eligible organisation kinds (KIND, pos 0..) and laureates (LAUREATE) of an award.
CREATE TABLE konvent_award_item (
    award_id VARCHAR(128) NOT NULL,
    item_kind VARCHAR(16) NOT NULL,
    pos INTEGER NOT NULL,
    text_value CHARACTER VARYING(1000000),
    party_kind VARCHAR(16),
    party_id VARCHAR(128),
    edition_id VARCHAR(128),
    laureate_year INTEGER,
    CONSTRAINT pk_konvent_award_item PRIMARY KEY (award_id, item_kind, pos),
    CONSTRAINT fk_konvent_award_item FOREIGN KEY (award_id)
        REFERENCES konvent_award (id) ON DELETE CASCADE
);
