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
{{- end -}}

{{/*
Image reference. Call with (dict "root" $ "image" "api-gateway").
*/}}
{{- define "applicant-gpt.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .image (default .root.Chart.AppVersion .root.Values.image.tag) -}}
{{- end -}}

{{/*
Environment variables read from the existing Secrets, as a YAML list.
Call with (dict "root" $ "uses" $service.uses).
*/}}
{{- define "applicant-gpt.secretEnv" -}}
{{- $secrets := .root.Values.secrets -}}
{{- if .uses.database }}
- name: SPRING_DATASOURCE_URL
  valueFrom:
    secretKeyRef:
      name: {{ $secrets.database.name }}
      key: {{ $secrets.database.urlKey }}
- name: SPRING_DATASOURCE_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ $secrets.database.name }}
      key: {{ $secrets.database.usernameKey }}
- name: SPRING_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $secrets.database.name }}
      key: {{ $secrets.database.passwordKey }}
{{- end }}
{{- if .uses.rabbitmq }}
- name: SPRING_RABBITMQ_HOST
  valueFrom:
    secretKeyRef:
      name: {{ $secrets.rabbitmq.name }}
      key: {{ $secrets.rabbitmq.hostKey }}
- name: SPRING_RABBITMQ_PORT
  valueFrom:
    secretKeyRef:
      name: {{ $secrets.rabbitmq.name }}
      key: {{ $secrets.rabbitmq.portKey }}
- name: SPRING_RABBITMQ_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ $secrets.rabbitmq.name }}
      key: {{ $secrets.rabbitmq.usernameKey }}
- name: SPRING_RABBITMQ_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $secrets.rabbitmq.name }}
      key: {{ $secrets.rabbitmq.passwordKey }}
{{- end }}
{{- if .uses.internalServiceKey }}
- name: APPLICANT_INTERNAL_SERVICE_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $secrets.internalServiceKey.name }}
      key: {{ $secrets.internalServiceKey.key }}
{{- end }}
{{- end -}}
