-- The authorization server's state: registered clients, authorization codes,
-- refresh-token families and their rotating tokens, consents, seen webhook deliveries
-- and the audit outbox. Codes, tokens and client secrets are stored only as hashes;
-- the column names say so.
--
-- Lifetimes are enforced here where they are rules of the protocol (a code lives at
-- most ten minutes, RFC 6749 4.1.2) and left to the application where they are
-- settings (refresh-token idle and absolute lifetimes).

-- The four scopes of DESIGN.md section 4. Adding a scope means replacing this check.
CREATE DOMAIN scope_list AS text[]
    CONSTRAINT scope_list_known CHECK (
        VALUE <@ ARRAY['jobs:read', 'applications:read', 'applications:write', 'resume:read']::text[]
        AND array_position(VALUE, NULL) IS NULL);

COMMENT ON DOMAIN scope_list IS
    'A set of OAuth scopes; only jobs:read, applications:read, applications:write and resume:read are known.';

CREATE TABLE clients (
    client_id      text        NOT NULL,
    name           text        NOT NULL,
    secret_hash    text,
    redirect_uris  text[]      NOT NULL,
    allowed_scopes scope_list  NOT NULL,
    default_scopes scope_list  NOT NULL DEFAULT '{}',
    pkce_required  boolean     NOT NULL DEFAULT false,
    confidential   boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    disabled_at    timestamptz,
    CONSTRAINT clients_pkey PRIMARY KEY (client_id),
    CONSTRAINT clients_client_id_format CHECK (client_id ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    CONSTRAINT clients_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    CONSTRAINT clients_secret_hash_format CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
    -- a confidential client authenticates with its secret; a public one has none and must use PKCE
    CONSTRAINT clients_confidential_has_secret CHECK (confidential = (secret_hash IS NOT NULL)),
    CONSTRAINT clients_public_requires_pkce CHECK (confidential OR pkce_required),
    CONSTRAINT clients_redirect_uris_present CHECK (
        cardinality(redirect_uris) BETWEEN 1 AND 20 AND array_position(redirect_uris, NULL) IS NULL),
    CONSTRAINT clients_allowed_scopes_present CHECK (cardinality(allowed_scopes) >= 1),
    CONSTRAINT clients_default_scopes_allowed CHECK (default_scopes <@ allowed_scopes),
    CONSTRAINT clients_updated_after_created CHECK (updated_at >= created_at)
);

COMMENT ON TABLE clients IS
    'OAuth clients, registered from configuration at start-up (applicant.oauth.clients). A client removed from the configuration is disabled, not deleted.';
COMMENT ON COLUMN clients.secret_hash IS
    'Lowercase hex HMAC-SHA-256 of the client secret, keyed with the server-side pepper (applicant.oauth.client-secret-pepper). The secret itself is never stored. NULL only for public clients.';
COMMENT ON COLUMN clients.redirect_uris IS
    'Registered redirect URIs; an authorization request must name one of them exactly.';
COMMENT ON COLUMN clients.disabled_at IS
    'When the client was removed from the configuration; a disabled client gets no codes or tokens.';

CREATE TABLE authorization_codes (
    code_hash             text        NOT NULL,
    client_id             text        NOT NULL,
    candidate_id          text        NOT NULL,
    redirect_uri          text        NOT NULL,
    scopes                scope_list  NOT NULL,
    code_challenge        text,
    code_challenge_method text,
    created_at            timestamptz NOT NULL DEFAULT now(),
    expires_at            timestamptz NOT NULL,
    consumed_at           timestamptz,
    CONSTRAINT authorization_codes_pkey PRIMARY KEY (code_hash),
    CONSTRAINT authorization_codes_client_fkey FOREIGN KEY (client_id) REFERENCES clients (client_id) ON DELETE CASCADE,
    CONSTRAINT authorization_codes_code_hash_format CHECK (code_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT authorization_codes_candidate_id_length CHECK (length(candidate_id) BETWEEN 1 AND 255),
    CONSTRAINT authorization_codes_scopes_present CHECK (cardinality(scopes) >= 1),
    -- RFC 7636: S256 only (RFC 9700 2.1.1 rules out plain); a challenge is a base64url SHA-256, 43 characters
    CONSTRAINT authorization_codes_challenge_method_s256 CHECK (code_challenge_method = 'S256'),
    CONSTRAINT authorization_codes_challenge_format CHECK (code_challenge ~ '^[A-Za-z0-9_-]{43}$'),
    CONSTRAINT authorization_codes_challenge_with_method CHECK ((code_challenge IS NULL) = (code_challenge_method IS NULL)),
    -- RFC 6749 4.1.2: a maximum lifetime of ten minutes
    CONSTRAINT authorization_codes_lifetime CHECK (expires_at > created_at AND expires_at <= created_at + interval '10 minutes'),
    CONSTRAINT authorization_codes_consumed_after_created CHECK (consumed_at >= created_at)
);

CREATE INDEX authorization_codes_candidate_idx ON authorization_codes (candidate_id, client_id);
CREATE INDEX authorization_codes_client_idx ON authorization_codes (client_id);
CREATE INDEX authorization_codes_expires_idx ON authorization_codes (expires_at);

COMMENT ON TABLE authorization_codes IS
    'Authorization codes issued at consent and redeemed once at the token endpoint. The state and nonce parameters are never stored: state goes back to the client unchanged.';
COMMENT ON COLUMN authorization_codes.code_hash IS
    'Lowercase hex SHA-256 of the code as issued to the client; the code itself is never stored.';
COMMENT ON COLUMN authorization_codes.code_challenge IS
    'The PKCE challenge (BASE64URL(SHA-256(verifier))) as the client sent it; public by design, not a secret. NULL when the client sent none.';
COMMENT ON COLUMN authorization_codes.consumed_at IS
    'When the code was redeemed. A second redemption is a replay: the tokens issued from it are revoked.';
COMMENT ON COLUMN authorization_codes.expires_at IS
    'Expiry; the token-cleanup job deletes codes by this column (authorization_codes_expires_idx).';

CREATE TABLE refresh_token_families (
    id                      uuid        NOT NULL DEFAULT gen_random_uuid(),
    client_id               text        NOT NULL,
    candidate_id            text        NOT NULL,
    scopes                  scope_list  NOT NULL,
    authorization_code_hash text        NOT NULL,
    created_at              timestamptz NOT NULL DEFAULT now(),
    last_used_at            timestamptz,
    absolute_expires_at     timestamptz NOT NULL,
    revoked_at              timestamptz,
    revoked_reason          text,
    CONSTRAINT refresh_token_families_pkey PRIMARY KEY (id),
    CONSTRAINT refresh_token_families_client_fkey FOREIGN KEY (client_id) REFERENCES clients (client_id) ON DELETE CASCADE,
    -- one family per code; no foreign key, because codes are swept long before their families end
    CONSTRAINT refresh_token_families_authorization_code_key UNIQUE (authorization_code_hash),
    CONSTRAINT refresh_token_families_code_hash_format CHECK (authorization_code_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT refresh_token_families_candidate_id_length CHECK (length(candidate_id) BETWEEN 1 AND 255),
    CONSTRAINT refresh_token_families_scopes_present CHECK (cardinality(scopes) >= 1),
    CONSTRAINT refresh_token_families_lifetime CHECK (absolute_expires_at > created_at),
    CONSTRAINT refresh_token_families_revoked_with_reason CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL)),
    CONSTRAINT refresh_token_families_revoked_reason_known CHECK (revoked_reason IN (
        'candidate_revoked', 'client_revoked', 'token_replayed', 'code_replayed', 'consent_withdrawn',
        'account_deleted', 'client_disabled', 'admin'))
);

CREATE INDEX refresh_token_families_candidate_idx ON refresh_token_families (candidate_id, client_id);
CREATE INDEX refresh_token_families_client_idx ON refresh_token_families (client_id);
CREATE INDEX refresh_token_families_absolute_expires_idx ON refresh_token_families (absolute_expires_at);
CREATE INDEX refresh_token_families_revoked_idx ON refresh_token_families (revoked_at) WHERE revoked_at IS NOT NULL;

COMMENT ON TABLE refresh_token_families IS
    'One grant: the chain of rotating refresh tokens that descends from one authorization code. Revoking the family ends every token in it.';
COMMENT ON COLUMN refresh_token_families.authorization_code_hash IS
    'code_hash of the authorization code the family was issued for (lowercase hex SHA-256, never the code), so that a replayed code can find and revoke its tokens even after the code row was swept.';
COMMENT ON COLUMN refresh_token_families.absolute_expires_at IS
    'No token of the family is valid after this, however recently used; the token-cleanup job sweeps by this column and by revoked_at.';

CREATE TABLE refresh_tokens (
    token_hash           text        NOT NULL,
    family_id            uuid        NOT NULL,
    generation           integer     NOT NULL,
    issued_at            timestamptz NOT NULL DEFAULT now(),
    idle_expires_at      timestamptz NOT NULL,
    rotated_at           timestamptz,
    successor_token_hash text,
    CONSTRAINT refresh_tokens_pkey PRIMARY KEY (token_hash),
    CONSTRAINT refresh_tokens_family_fkey FOREIGN KEY (family_id) REFERENCES refresh_token_families (id) ON DELETE CASCADE,
    CONSTRAINT refresh_tokens_family_generation_key UNIQUE (family_id, generation),
    CONSTRAINT refresh_tokens_successor_key UNIQUE (successor_token_hash),
    CONSTRAINT refresh_tokens_token_hash_format CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT refresh_tokens_successor_hash_format CHECK (successor_token_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT refresh_tokens_successor_not_self CHECK (successor_token_hash <> token_hash),
    CONSTRAINT refresh_tokens_generation_positive CHECK (generation >= 1),
    CONSTRAINT refresh_tokens_idle_lifetime CHECK (idle_expires_at > issued_at),
    CONSTRAINT refresh_tokens_rotated_with_successor CHECK ((rotated_at IS NULL) = (successor_token_hash IS NULL)),
    CONSTRAINT refresh_tokens_rotated_after_issued CHECK (rotated_at >= issued_at)
);

CREATE INDEX refresh_tokens_idle_expires_idx ON refresh_tokens (idle_expires_at);

COMMENT ON TABLE refresh_tokens IS
    'Refresh tokens of a family, one generation per rotation. A rotated token presented again after the grace period is a replay and revokes the family.';
COMMENT ON COLUMN refresh_tokens.token_hash IS
    'Lowercase hex SHA-256 of the refresh token as issued; the token itself is never stored.';
COMMENT ON COLUMN refresh_tokens.successor_token_hash IS
    'token_hash of the token this one was rotated into (never the token). Lets a retry inside the grace period after rotated_at be recognised and answered with the same successor instead of being treated as replay.';
COMMENT ON COLUMN refresh_tokens.idle_expires_at IS
    'The token is unusable after this; the token-cleanup job deletes tokens by this column (refresh_tokens_idle_expires_idx) and with their family.';

CREATE TABLE consents (
    candidate_id text        NOT NULL,
    client_id    text        NOT NULL,
    scopes       scope_list  NOT NULL,
    granted_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT consents_pkey PRIMARY KEY (candidate_id, client_id),
    CONSTRAINT consents_client_fkey FOREIGN KEY (client_id) REFERENCES clients (client_id) ON DELETE CASCADE,
    CONSTRAINT consents_candidate_id_length CHECK (length(candidate_id) BETWEEN 1 AND 255),
    CONSTRAINT consents_scopes_present CHECK (cardinality(scopes) >= 1),
    CONSTRAINT consents_updated_after_granted CHECK (updated_at >= granted_at)
);

CREATE INDEX consents_client_idx ON consents (client_id);

COMMENT ON TABLE consents IS
    'What a candidate agreed to share with a client; one row per candidate and client, widened when the candidate approves more scopes.';

CREATE TABLE webhook_deliveries (
    svix_message_id text        NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (svix_message_id),
    CONSTRAINT webhook_deliveries_message_id_length CHECK (length(svix_message_id) BETWEEN 1 AND 255)
);

CREATE INDEX webhook_deliveries_received_idx ON webhook_deliveries (received_at);

COMMENT ON TABLE webhook_deliveries IS
    'Svix message ids (svix-id header) of Clerk webhooks already processed, so that a replayed delivery is recognised. Rows older than the signature tolerance can be swept by received_at.';

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

COMMENT ON TABLE audit_outbox IS
    'Audit events written in the transaction of the change they describe and relayed to RabbitMQ (exchange applicant.audit) after commit; delivered rows are swept by delivered_at.';
