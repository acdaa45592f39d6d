package network.applicant.gpt.actions.resume;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code analyzeResume}.
 *
 * @param jobId the job to compare with
 * @param resumeText pasted resume text, if any
 * @param openaiFileIdRefs files attached in ChatGPT: objects {@code {name, id, mime_type, download_link}}
 *        (kept as JSON here so that a plain string id gets a clear error rather than a binding failure)
 */
record AnalyzeResumeRequest(@JsonProperty("job_id") @NotNull @Positive Long jobId,
		@JsonProperty("resume_text") @Nullable String resumeText,
		@JsonProperty("openaiFileIdRefs") @Nullable @Size(max = 10) List<JsonNode> openaiFileIdRefs) {
}
