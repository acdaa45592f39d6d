-- This service's own tables. No foreign keys into the platform schema: production may run
-- against a platform database whose tables this service does not own.

CREATE TABLE actions.confirmation_tokens (
    token_hash     bytea       PRIMARY KEY CHECK (octet_length(token_hash) = 32),
    candidate_id   text        NOT NULL,
    job_id         bigint      NOT NULL,
    answers_hash   bytea       NOT NULL CHECK (octet_length(answers_hash) = 32),
    summary        jsonb       NOT NULL CHECK (jsonb_typeof(summary) = 'object'),
    expires_at     timestamptz NOT NULL,
    consumed_at    timestamptz,
    application_id bigint,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT confirmation_tokens_expires_after_created CHECK (expires_at > created_at),
    CONSTRAINT confirmation_tokens_consumed_with_application CHECK ((consumed_at IS NULL) = (application_id IS NULL))
);

COMMENT ON TABLE actions.confirmation_tokens IS
    'Second step of submitApplication: what the candidate was shown and must confirm. Short-lived; the cleanup job deletes rows past expires_at.';
COMMENT ON COLUMN actions.confirmation_tokens.token_hash IS
    'SHA-256 (32 bytes) of the confirmation token handed to ChatGPT; the token itself is never stored.';
COMMENT ON COLUMN actions.confirmation_tokens.answers_hash IS
    'SHA-256 (32 bytes) of the canonical pre-screen answers shown in the summary; the confirming call must match it.';
COMMENT ON COLUMN actions.confirmation_tokens.summary IS 'The summary of what will be sent, as shown to the candidate.';
COMMENT ON COLUMN actions.confirmation_tokens.consumed_at IS 'When the token was used; set together with application_id, once.';

CREATE INDEX confirmation_tokens_expires_at_idx ON actions.confirmation_tokens (expires_at);
CREATE INDEX confirmation_tokens_candidate_idx ON actions.confirmation_tokens (candidate_id, created_at DESC);

-- The audit outbox, exactly as every publishing service has it (created in the actions schema,
-- Flyway's default schema).
CREATE TABLE audit_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        uuid        NOT NULL UNIQUE,
    event_type      text        NOT NULL,
    payload         jsonb       NOT NULL,
    created_at      timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    delivered_at    timestamptz
);
CREATE INDEX audit_outbox_pending_idx ON audit_outbox (next_attempt_at, id) WHERE delivered_at IS NULL;
CREATE INDEX audit_outbox_delivered_idx ON audit_outbox (delivered_at) WHERE delivered_at IS NOT NULL;
