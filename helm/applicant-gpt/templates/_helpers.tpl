{{/*
Name of the release's resources: the release name, plus the chart name unless the
release name already contains it. Kubernetes names are limited to 63 characters.
*/}}
{{- define "applicant-gpt.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/*
Name of one component's resources. Call with (dict "root" $ "component" "api-gateway").
*/}}
{{- define "applicant-gpt.componentName" -}}
{{- printf "%s-%s" (include "applicant-gpt.fullname" .root) .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Selector labels of one component. Call with (dict "root" $ "component" "api-gateway").
*/}}
{{- define "applicant-gpt.selectorLabels" -}}
app.kubernetes.io/name: {{ .component }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/*
All labels of one component. Call with (dict "root" $ "component" "api-gateway").
*/}}
{{- define "applicant-gpt.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "applicant-gpt.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: applicant-gpt
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- with .root.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
Image reference. Call with (dict "root" $ "image" "api-gateway").
*/}}
{{- define "applicant-gpt.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .image (default .root.Chart.AppVersion .root.Values.image.tag) -}}
{{- end -}}

{{- define "applicant-gpt.serviceAccountName" -}}
{{- default (include "applicant-gpt.fullname" .) .Values.serviceAccount.name -}}
{{- end -}}

{{/*
In-cluster base URL of a service. Call with (dict "root" $ "service" $.Values.services.oauth).
*/}}
{{- define "applicant-gpt.serviceUrl" -}}
{{- printf "http://%s:%v" (include "applicant-gpt.componentName" (dict "root" .root "component" .service.name)) .service.port -}}
{{- end -}}

{{/* The public base URL without a trailing slash. */}}
{{- define "applicant-gpt.publicBaseUrl" -}}
{{- required "publicBaseUrl is required (the gateway's public https URL)" .Values.publicBaseUrl | trimSuffix "/" -}}
{{- end -}}

{{/*
Access-token settings (applicant.tokens.*) of the gateway and the actions service. The gateway
fetches the JWKS straight from gpt-oauth-service; the actions service fetches it through the
gateway, so that only the gateway talks to gpt-oauth-service. Call with (dict "root" $ "via" "oauth"|"gateway").
*/}}
{{- define "applicant-gpt.tokenEnv" -}}
{{- $v := .root.Values -}}
APPLICANT_TOKENS_ISSUER: {{ default (include "applicant-gpt.publicBaseUrl" .root) $v.services.oauth.issuer | trimSuffix "/" | quote }}
APPLICANT_TOKENS_AUDIENCE: {{ printf "%s/api/v1/gpt" (include "applicant-gpt.publicBaseUrl" .root) | quote }}
{{- if eq .via "oauth" }}
APPLICANT_TOKENS_JWKS_URI: {{ printf "%s/api/v1/gpt/oauth/jwks.json" (include "applicant-gpt.serviceUrl" (dict "root" .root "service" $v.services.oauth)) | quote }}
{{- else }}
APPLICANT_TOKENS_JWKS_URI: {{ printf "%s/api/v1/gpt/oauth/jwks.json" (include "applicant-gpt.serviceUrl" (dict "root" .root "service" $v.services.gateway)) | quote }}
{{- end }}
{{- end -}}

{{/*
One environment variable from an existing Secret. Call with
(dict "name" "ENV_NAME" "secret" "secret-name" "key" "secret-key" "optional" false).
*/}}
{{- define "applicant-gpt.secretRef" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ required (printf "the Secret name for %s is required" .name) .secret }}
      key: {{ required (printf "the Secret key for %s is required" .name) .key }}
      {{- if .optional }}
      optional: true
      {{- end }}
{{- end -}}

{{/*
Environment variables read from the database and RabbitMQ Secrets.
Call with (dict "root" $ "database" true "rabbitmq" true).
*/}}
{{- define "applicant-gpt.infraSecretEnv" -}}
{{- $s := .root.Values.secrets -}}
{{- if .database }}
{{ include "applicant-gpt.secretRef" (dict "name" "SPRING_DATASOURCE_URL" "secret" $s.database.name "key" $s.database.urlKey) }}
{{ include "applicant-gpt.secretRef" (dict "name" "SPRING_DATASOURCE_USERNAME" "secret" $s.database.name "key" $s.database.usernameKey) }}
{{ include "applicant-gpt.secretRef" (dict "name" "SPRING_DATASOURCE_PASSWORD" "secret" $s.database.name "key" $s.database.passwordKey) }}
{{- end }}
{{- if .rabbitmq }}
{{ include "applicant-gpt.secretRef" (dict "name" "SPRING_RABBITMQ_HOST" "secret" $s.rabbitmq.name "key" $s.rabbitmq.hostKey) }}
{{ include "applicant-gpt.secretRef" (dict "name" "SPRING_RABBITMQ_PORT" "secret" $s.rabbitmq.name "key" $s.rabbitmq.portKey) }}
{{ include "applicant-gpt.secretRef" (dict "name" "SPRING_RABBITMQ_USERNAME" "secret" $s.rabbitmq.name "key" $s.rabbitmq.usernameKey) }}
{{ include "applicant-gpt.secretRef" (dict "name" "SPRING_RABBITMQ_PASSWORD" "secret" $s.rabbitmq.name "key" $s.rabbitmq.passwordKey) }}
{{- end }}
{{- end -}}

{{- define "applicant-gpt.internalKeyEnv" -}}
{{ include "applicant-gpt.secretRef" (dict "name" "APPLICANT_INTERNAL_SERVICE_KEY" "secret" .Values.secrets.internalServiceKey.name "key" .Values.secrets.internalServiceKey.key) }}
{{- end -}}

{{/*
Environment variables from Secrets, per service key (gateway, oauth, actions, auditConsumer, cleanupJob).
Call with (dict "root" $ "key" "oauth").
*/}}
{{- define "applicant-gpt.secretEnv" -}}
{{- $root := .root -}}
{{- $v := .root.Values -}}
{{- $s := .root.Values.secrets -}}
{{- if eq .key "gateway" }}
{{ include "applicant-gpt.internalKeyEnv" $root }}
{{- if $v.services.gateway.redis.passwordSecret }}
{{ include "applicant-gpt.secretRef" (dict "name" "SPRING_DATA_REDIS_PASSWORD" "secret" $s.redis.name "key" $s.redis.passwordKey) }}
{{- end }}
{{- else if eq .key "oauth" }}
{{ include "applicant-gpt.infraSecretEnv" (dict "root" $root "database" true "rabbitmq" true) }}
{{ include "applicant-gpt.internalKeyEnv" $root }}
{{ include "applicant-gpt.secretRef" (dict "name" "APPLICANT_OAUTH_TOKEN_KEY" "secret" $s.oauth.name "key" $s.oauth.tokenKeyKey) }}
{{ include "applicant-gpt.secretRef" (dict "name" "APPLICANT_OAUTH_CLIENT_SECRET_PEPPER" "secret" $s.oauth.name "key" $s.oauth.clientSecretPepperKey) }}
{{ include "applicant-gpt.secretRef" (dict "name" "APPLICANT_OAUTH_CLERK_WEBHOOK_SECRET" "secret" $s.oauth.name "key" $s.oauth.clerkWebhookSecretKey) }}
{{ include "applicant-gpt.secretRef" (dict "name" "APPLICANT_OAUTH_ADMIN_KEY" "secret" $s.oauth.name "key" $s.oauth.adminKeyKey "optional" true) }}
{{- range $i, $client := $v.services.oauth.clients }}
{{ include "applicant-gpt.secretRef" (dict "name" (printf "APPLICANT_OAUTH_CLIENTS_%d_SECRET" $i) "secret" $s.oauthClients.name "key" (default $client.clientId $client.secretKey)) }}
{{- end }}
{{- else if eq .key "actions" }}
{{ include "applicant-gpt.infraSecretEnv" (dict "root" $root "database" true "rabbitmq" true) }}
{{ include "applicant-gpt.internalKeyEnv" $root }}
{{ include "applicant-gpt.secretRef" (dict "name" "APPLICANT_ACTIONS_ADMINKEY" "secret" $s.actions.name "key" $s.actions.adminKeyKey "optional" true) }}
{{- if $v.services.actions.resumeAi.baseUrl }}
{{ include "applicant-gpt.secretRef" (dict "name" "APPLICANT_RESUME_AI_API_KEY" "secret" $s.actions.name "key" $s.actions.resumeAiApiKeyKey) }}
{{- end }}
{{- else if eq .key "auditConsumer" }}
{{ include "applicant-gpt.infraSecretEnv" (dict "root" $root "database" true "rabbitmq" true) }}
{{ include "applicant-gpt.secretRef" (dict "name" "APPLICANT_AUDIT_ADMIN_KEY" "secret" $s.audit.name "key" $s.audit.adminKeyKey "optional" true) }}
{{- else if eq .key "cleanupJob" }}
{{ include "applicant-gpt.infraSecretEnv" (dict "root" $root "database" true "rabbitmq" false) }}
{{- end }}
{{- end -}}

{{/*
Non-secret settings of one service, as ConfigMap data (environment variable names).
Call with (dict "root" $ "key" "oauth").
*/}}
{{- define "applicant-gpt.configData" -}}
{{- $root := .root -}}
{{- $v := .root.Values -}}
SPRING_PROFILES_ACTIVE: {{ $v.springProfile | quote }}
{{- if eq .key "gateway" }}
{{- $g := $v.services.gateway }}
SERVER_PORT: {{ $g.port | quote }}
MANAGEMENT_SERVER_PORT: {{ $g.managementPort | quote }}
APPLICANT_GATEWAY_SERVICES_OAUTH_URI: {{ include "applicant-gpt.serviceUrl" (dict "root" $root "service" $v.services.oauth) | quote }}
APPLICANT_GATEWAY_SERVICES_ACTIONS_URI: {{ include "applicant-gpt.serviceUrl" (dict "root" $root "service" $v.services.actions) | quote }}
{{ include "applicant-gpt.tokenEnv" (dict "root" $root "via" "oauth") }}
APPLICANT_GATEWAY_CLERK_ISSUER: {{ required "services.gateway.clerk.issuer is required" $g.clerk.issuer | quote }}
{{- if $g.clerk.publicKeyPem }}
APPLICANT_GATEWAY_CLERK_PUBLIC_KEY_PEM: {{ $g.clerk.publicKeyPem | quote }}
{{- else }}
APPLICANT_GATEWAY_CLERK_JWKS_URI: {{ required "services.gateway.clerk.jwksUri or publicKeyPem is required" $g.clerk.jwksUri | quote }}
{{- end }}
{{- with $g.clerk.authorizedParties }}
APPLICANT_GATEWAY_CLERK_AUTHORIZED_PARTIES: {{ join "," . | quote }}
{{- end }}
SPRING_DATA_REDIS_HOST: {{ required "services.gateway.redis.host is required" $g.redis.host | quote }}
SPRING_DATA_REDIS_PORT: {{ $g.redis.port | quote }}
SPRING_DATA_REDIS_SSL_ENABLED: {{ $g.redis.ssl | quote }}
{{- with $g.rateLimit.trustedProxies }}
APPLICANT_GATEWAY_RATE_LIMIT_TRUSTED_PROXIES: {{ join "," . | quote }}
{{- end }}
APPLICANT_GATEWAY_RATE_LIMIT_WHEN_REDIS_UNAVAILABLE: {{ $g.rateLimit.whenRedisUnavailable | quote }}
{{- else if eq .key "oauth" }}
{{- $o := $v.services.oauth }}
SERVER_PORT: {{ $o.port | quote }}
APPLICANT_OAUTH_PUBLIC_BASE_URL: {{ include "applicant-gpt.publicBaseUrl" $root | quote }}
APPLICANT_OAUTH_ISSUER: {{ default (include "applicant-gpt.publicBaseUrl" $root) $o.issuer | trimSuffix "/" | quote }}
APPLICANT_OAUTH_AUDIENCE: {{ printf "%s/api/v1/gpt" (include "applicant-gpt.publicBaseUrl" $root) | quote }}
APPLICANT_OAUTH_SIGN_IN_URL: {{ required "services.oauth.signInUrl is required" $o.signInUrl | quote }}
APPLICANT_OAUTH_SIGNING_ACTIVE_KEY_ID: {{ required "services.oauth.signing.activeKeyId is required" $o.signing.activeKeyId | quote }}
# the signing keys (ids and PEMs) are files of a Spring config tree, see the volume oauth-signing-keys
SPRING_CONFIG_IMPORT: "configtree:/etc/applicant/oauth-signing/"
{{- range $i, $client := (required "services.oauth.clients needs at least one client" $o.clients) }}
APPLICANT_OAUTH_CLIENTS_{{ $i }}_CLIENT_ID: {{ $client.clientId | quote }}
APPLICANT_OAUTH_CLIENTS_{{ $i }}_NAME: {{ $client.name | quote }}
APPLICANT_OAUTH_CLIENTS_{{ $i }}_REDIRECT_URIS: {{ join "," $client.redirectUris | quote }}
APPLICANT_OAUTH_CLIENTS_{{ $i }}_ALLOWED_SCOPES: {{ join "," $client.allowedScopes | quote }}
{{- with $client.defaultScopes }}
APPLICANT_OAUTH_CLIENTS_{{ $i }}_DEFAULT_SCOPES: {{ join "," . | quote }}
{{- end }}
APPLICANT_OAUTH_CLIENTS_{{ $i }}_PKCE_REQUIRED: {{ default false $client.pkceRequired | quote }}
{{- end }}
{{- else if eq .key "actions" }}
{{- $a := $v.services.actions }}
SERVER_PORT: {{ $a.port | quote }}
{{ include "applicant-gpt.tokenEnv" (dict "root" $root "via" "gateway") }}
APPLICANT_ACTIONS_PRIVACY_CONTACT_EMAIL: {{ $a.privacyContactEmail | quote }}
APPLICANT_RESUME_FILES_ALLOWED_HOSTS: {{ join "," $a.resumeFileHosts | quote }}
{{- if $a.resumeAi.baseUrl }}
APPLICANT_RESUME_AI_BASE_URL: {{ $a.resumeAi.baseUrl | quote }}
APPLICANT_RESUME_AI_MODEL: {{ $a.resumeAi.model | quote }}
{{- end }}
{{- else if eq .key "auditConsumer" }}
SERVER_PORT: {{ $v.services.auditConsumer.port | quote }}
{{- end }}
{{- $extra := ternary $v.cleanupJob.extraEnv (get (get $v.services .key | default dict) "extraEnv") (eq .key "cleanupJob") }}
{{- range $name, $value := $extra }}
{{ $name }}: {{ $value | toString | quote }}
{{- end }}
{{- $opts := ternary $v.cleanupJob.javaToolOptions (get (get $v.services .key | default dict) "javaToolOptions") (eq .key "cleanupJob") }}
{{- with $opts }}
JAVA_TOOL_OPTIONS: {{ . | quote }}
{{- end }}
{{- end -}}

{{/* The writable /tmp volume. */}}
{{- define "applicant-gpt.tmpVolume" -}}
- name: tmp
  emptyDir:
    {{- with .Values.tmpVolume.medium }}
    medium: {{ . }}
    {{- end }}
    {{- with .Values.tmpVolume.sizeLimit }}
    sizeLimit: {{ . }}
    {{- end }}
{{- end -}}
