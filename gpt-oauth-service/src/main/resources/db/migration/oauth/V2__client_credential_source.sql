-- Client secrets can now be rotated through the admin endpoint as well as set by
-- configuration. Start-up registration must not put the configured secret back over a
-- rotated one, so each client remembers where its secret came from and which configured
-- secret it was registered with.
--
-- Precedence (ClientRegistrar): a rotated secret stays in force for as long as the
-- configured secret is the one that was configured when it was rotated. When the
-- configured secret changes (a new value, or the same value under a new pepper), the
-- configuration wins again and credential_source goes back to 'configuration'.

ALTER TABLE clients
    ADD COLUMN credential_source      text NOT NULL DEFAULT 'configuration',
    ADD COLUMN configured_secret_hash text,
    ADD COLUMN credential_rotated_at  timestamptz,
    ADD CONSTRAINT clients_credential_source_known CHECK (credential_source IN ('configuration', 'rotated')),
    ADD CONSTRAINT clients_configured_secret_hash_format CHECK (configured_secret_hash ~ '^[0-9a-f]{64}$'),
    ADD CONSTRAINT clients_rotated_when CHECK ((credential_source = 'rotated') = (credential_rotated_at IS NOT NULL));

-- every client so far was registered from configuration
UPDATE clients SET configured_secret_hash = secret_hash;

COMMENT ON COLUMN clients.credential_source IS
    'Where secret_hash came from: configuration (applicant.oauth.clients[n].secret, written at start-up) or rotated (POST /admin/clients/{id}/secret). Start-up registration keeps a rotated secret while the configured secret is unchanged.';
COMMENT ON COLUMN clients.configured_secret_hash IS
    'Lowercase hex HMAC-SHA-256 (under the pepper) of the secret in the configuration at the last registration, never the secret itself. Tells start-up registration whether the configured secret changed since a rotation.';
COMMENT ON COLUMN clients.credential_rotated_at IS
    'When the secret was last rotated through the admin endpoint; NULL while the configured secret is in force.';
