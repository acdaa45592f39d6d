package network.applicant.gpt.actions.resume;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;

import network.applicant.gpt.actions.resume.analysis.CandidateLocation;
import network.applicant.gpt.actions.resume.analysis.ResumeAnalysis;
import network.applicant.gpt.actions.resume.analysis.ResumeAnalyzer;
import network.applicant.gpt.actions.resume.analysis.SkillDictionary;
import network.applicant.gpt.actions.resume.document.DocumentTextExtractor;
import network.applicant.gpt.actions.resume.document.UnreadableDocumentException;
import network.applicant.gpt.actions.system.Caller;
import network.applicant.gpt.config.problem.ApiException;

/**
 * Runs {@code analyzeResume}: picks the resume (attached file, then pasted text, then the
 * caller's stored resume), extracts its text, analyses it against the job and adds the
 * optional narrative.
 *
 * <p>Only the caller's own stored resume is ever read: the candidate id comes from the
 * verified token, never from the request. Resume text and files live only in memory for
 * the request and are never logged; the log line per analysis carries ids, the source and
 * the score only.
 */
class ResumeAnalysisService {

	private static final Logger log = LoggerFactory.getLogger(ResumeAnalysisService.class);

	static final String ABOUT = "The fit score is computed by fixed rules from the resume and the job (the same input"
			+ " gives the same score); the narrative, when present, is AI-written from that analysis and does not change"
			+ " it. Skill names include information from the O*NET 29.2 Database by the U.S. Department of Labor,"
			+ " Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET® is a"
			+ " trademark of USDOL/ETA.";

	private final ResumeDao dao;

	private final ResumeAnalyzer analyzer;

	private final DocumentTextExtractor extractor;

	private final AttachedFileDownloader downloader;

	private final NarrativeClient narrator;

	private final ResumeProperties properties;

	private final Clock clock;

	ResumeAnalysisService(ResumeDao dao, ResumeAnalyzer analyzer, DocumentTextExtractor extractor,
			AttachedFileDownloader downloader, NarrativeClient narrator, ResumeProperties properties, Clock clock) {
		this.dao = dao;
		this.analyzer = analyzer;
		this.extractor = extractor;
		this.downloader = downloader;
		this.narrator = narrator;
		this.properties = properties;
		this.clock = clock;
	}

	AnalyzeResumeResponse analyze(Caller caller, AnalyzeResumeRequest request) {
		long started = System.nanoTime();
		ResumeDao.Job job = this.dao.job(request.jobId())
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "job_not_found", "Job not found",
					"No job has the id " + request.jobId() + ". Search again to get current job ids."));
		ResumeSource source;
		String text;
		List<AttachedFile> files = files(request.openaiFileIdRefs());
		if (!files.isEmpty()) {
			source = ResumeSource.ATTACHED_FILE;
			text = extract(this.downloader.download(choose(files)));
		}
		else if (request.resumeText() != null && !request.resumeText().isBlank()) {
			source = ResumeSource.RESUME_TEXT;
			if (request.resumeText().length() > this.properties.maxTextChars()) {
				throw new ApiException(HttpStatus.BAD_REQUEST, "resume_text_too_long", "Resume text too long",
						"resume_text is longer than " + this.properties.maxTextChars()
								+ " characters. Paste the resume without attachments or appendices.");
			}
			text = usable(request.resumeText());
		}
		else {
			source = ResumeSource.STORED_RESUME;
			String stored = this.dao.currentResume(caller.candidateId())
				.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "resume_not_found", "No stored resume",
						"There is no resume on file for this account. Attach a resume file or paste its text."));
			text = usable(stored);
		}
		CandidateLocation location = this.dao.location(caller.candidateId());
		ResumeAnalysis analysis = this.analyzer.analyze(text, job.posting(), location, YearMonth.now(this.clock));
		NarrativeClient.Narrative narrative = this.narrator.narrate(job.posting(), analysis);
		log.atInfo()
			.addKeyValue("job_id", job.posting().id())
			.addKeyValue("resume_source", source.value())
			.addKeyValue("fit_score", analysis.fitScore())
			.addKeyValue("narrative", narrative.status())
			.addKeyValue("duration_ms", (System.nanoTime() - started) / 1_000_000)
			.log("Resume analysed");
		List<network.applicant.gpt.actions.resume.analysis.Flag> flags = analysis.flags();
		if (!job.open()) {
			flags = new java.util.ArrayList<>(flags);
			flags.add(new network.applicant.gpt.actions.resume.analysis.Flag("job_closed", "info",
					"This job no longer takes applications."));
		}
		return new AnalyzeResumeResponse(analysis.fitScore(), analysis.fitBand(), job.posting().id(),
				job.posting().title(), source.value(), analysis.categories(), analysis.matchedSkills(),
				analysis.missingRequiredSkills(), analysis.experience(), flags, analysis.suggestions(),
				analysis.notAssessed(), narrative.text() == null, narrative.text(), narrative.status(), ABOUT);
	}

	private String extract(byte[] bytes) {
		if (DocumentTextExtractor.sniff(bytes) == null && !looksLikeOle2(bytes)) {
			throw AttachedFileDownloader.unsupported("an unrecognised format");
		}
		try {
			return this.extractor.extract(bytes);
		}
		catch (UnreadableDocumentException ex) {
			throw unreadable(ex);
		}
	}

	private static boolean looksLikeOle2(byte[] bytes) {
		return bytes.length >= 2 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF;
	}

	private static String usable(String text) {
		try {
			return DocumentTextExtractor.usable(text, DocumentTextExtractor.Kind.TEXT);
		}
		catch (UnreadableDocumentException ex) {
			throw unreadable(ex);
		}
	}

	private static ApiException unreadable(UnreadableDocumentException ex) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "resume_unreadable", "Resume has no usable text",
				ex.getMessage() + " No score was computed.");
	}

	private static List<AttachedFile> files(List<JsonNode> refs) {
		if (refs == null || refs.isEmpty()) {
			return List.of();
		}
		return refs.stream().map(ResumeAnalysisService::file).toList();
	}

	private static AttachedFile file(JsonNode ref) {
		if (!ref.isObject()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "file_reference_invalid", "Invalid file reference",
					"openaiFileIdRefs must hold file objects {name, id, mime_type, download_link} as ChatGPT sends"
							+ " them for attached files, not plain ids. Attach the resume file in the chat, or paste"
							+ " the resume text into resume_text.");
		}
		String link = ref.path("download_link").asString("");
		if (link.isBlank()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "file_reference_invalid", "Invalid file reference",
					"The attached file has no download_link. Attach the resume file again, or paste its text.");
		}
		String mime = ref.path("mime_type").isString() ? ref.path("mime_type").asString() : null;
		return new AttachedFile(ref.path("name").asString(""), ref.path("id").asString(""), mime, link);
	}

	/** The first attachment that is a PDF, DOCX or text file by its declared type or name. */
	private static AttachedFile choose(List<AttachedFile> files) {
		for (AttachedFile file : files) {
			String name = file.name().toLowerCase(Locale.ROOT);
			boolean declared = file.mimeType() != null && !file.mimeType().isBlank()
					&& AttachedFileDownloader.ACCEPTED_TYPES.subList(0, 3).contains(file.mimeType().toLowerCase(Locale.ROOT));
			if (declared || name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".txt")) {
				return file;
			}
		}
		AttachedFile first = files.get(0);
		throw AttachedFileDownloader.unsupported((first.mimeType() != null) ? first.mimeType() : first.name());
	}

	/** @return the attribution the O*NET licence requires */
	static String attribution() {
		return SkillDictionary.ATTRIBUTION;
	}

}
