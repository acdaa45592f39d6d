package network.applicant.gpt.actions.resume;

import org.jspecify.annotations.Nullable;

/**
 * A file the candidate attached in ChatGPT, as an {@code openaiFileIdRefs} entry.
 *
 * @param name the file name
 * @param id OpenAI's file id
 * @param mimeType the declared type, if any
 * @param downloadLink a short-lived (five minutes) download URL
 */
record AttachedFile(String name, String id, @Nullable String mimeType, String downloadLink) {
}
