{{- /* egress rule for one dependency: (dict "peer" $np.postgres) */}}
{{- define "applicant-gpt.egressRule" -}}
- ports:
    {{- range .peer.ports }}
    - protocol: TCP
      port: {{ . }}
    {{- end }}
  {{- with .peer.to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
{{- define "applicant-gpt.dnsEgressRule" -}}
- ports:
    {{- range .ports }}
    - protocol: UDP
      port: {{ . }}
    - protocol: TCP
      port: {{ . }}
    {{- end }}
  {{- with .to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
{{- define "applicant-gpt.peerOf" -}}
- podSelector:
    matchLabels:
      {{- include "applicant-gpt.selectorLabels" . | nindent 6 }}
{{- end }}
{{- define "applicant-gpt.egressTo" -}}
- ports:
    - protocol: TCP
      port: {{ .service.port }}
  to:
    {{- include "applicant-gpt.peerOf" (dict "root" .root "component" .service.name) | nindent 4 }}
{{- end }}
{{- /* the ingress rule of a service port, from the given peers */}}
{{- define "applicant-gpt.ingressFrom" -}}
- ports:
    - protocol: TCP
      port: {{ .service.port }}
  from:
    {{- .peers | nindent 4 }}
{{- end }}
