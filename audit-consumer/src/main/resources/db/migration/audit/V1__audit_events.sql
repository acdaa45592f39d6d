-- The durable audit log: one row per audit event, one column per member of the
-- AuditEvent contract (version 1). event_id is the key that makes storing idempotent:
-- the consumer inserts with ON CONFLICT (event_id) DO NOTHING, so a redelivered or
-- republished event is stored once.
--
-- Append-only by design: the application only ever inserts (its DAO has no UPDATE or
-- DELETE). The service connects as the table's owner, and an owner cannot be denied
-- UPDATE/DELETE by REVOKE, so this is a rule of the code and of code review, not a
-- database permission. Retention, when it comes, will be a separate, reviewed migration.
CREATE TABLE audit_events (
    event_id       uuid        PRIMARY KEY,
    schema_version integer     NOT NULL,
    event_type     text        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    source         text        NOT NULL,
    actor_type     text        NOT NULL CHECK (actor_type IN ('CANDIDATE', 'CLIENT', 'ADMIN', 'SYSTEM')),
    actor_id       text        NOT NULL,
    client_id      text,
    candidate_id   text,
    subject_ids    jsonb       NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(subject_ids) = 'object'),
    outcome        text        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    severity       text        NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
    request_id     text,
    trace_id       text,
    details        jsonb       NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object'),
    received_at    timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE audit_events IS
    'Append-only audit log written by audit-consumer; one row per event id. Never update or delete rows.';

-- A candidate's history, newest first (events without a candidate are not indexed here).
CREATE INDEX audit_events_candidate_idx ON audit_events (candidate_id, occurred_at DESC)
    WHERE candidate_id IS NOT NULL;
-- Time-range scans and future retention sweeps.
CREATE INDEX audit_events_occurred_at_idx ON audit_events (occurred_at);
-- Events of one type (e.g. every oauth.token.replayed).
CREATE INDEX audit_events_event_type_idx ON audit_events (event_type, occurred_at DESC);
