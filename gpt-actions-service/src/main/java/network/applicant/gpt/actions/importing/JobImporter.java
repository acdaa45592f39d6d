package network.applicant.gpt.actions.importing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

import network.applicant.gpt.actions.importing.JobPostingMapper.PostingException;
import network.applicant.gpt.actions.jobs.JobIndexUpdates;
import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditOutbox;
import network.applicant.gpt.config.problem.ApiException;

/**
 * Imports a batch of postings: reads and maps all of them first, refuses the batch when it
 * holds more than {@code applicant.actions.import.max-items} postings (before anything is
 * written), then upserts each mapped posting in its own transaction, so one bad posting
 * fails alone.
 */
class JobImporter {

	private static final Logger log = LoggerFactory.getLogger(JobImporter.class);

	static final String IMPORTED = "actions.jobs.imported";

	private final Jdbi jdbi;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final ImportProperties properties;

	private final AuditOutbox outbox;

	private final String auditSource;

	private final Clock clock;

	private final JobIndexUpdates index;

	JobImporter(Jdbi jdbi, TransactionTemplate transactions, JsonMapper json, ImportProperties properties,
			AuditOutbox outbox, String auditSource, Clock clock, JobIndexUpdates index) {
		this.jdbi = jdbi;
		this.transactions = transactions;
		this.json = json;
		this.properties = properties;
		this.outbox = outbox;
		this.auditSource = auditSource;
		this.clock = clock;
		this.index = index;
	}

	/** One posting read from the body: mapped, or the reason it could not be. */
	private record Item(int index, @Nullable String identifier, @Nullable ImportedJob job, @Nullable String code,
			@Nullable String detail) {
	}

	/**
	 * @param body a JSON array of postings (or one posting object)
	 * @return the report
	 */
	Map<String, Object> importJson(byte[] body) {
		List<Item> items = new ArrayList<>();
		try (JsonParser parser = this.json.createParser(body)) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_ARRAY) {
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					add(items, (JsonNode) parser.readValueAsTree());
				}
			}
			else if (first == JsonToken.START_OBJECT) {
				add(items, (JsonNode) parser.readValueAsTree());
			}
			else {
				throw invalidBody("must be a JSON array of schema.org JobPosting objects");
			}
			if (parser.nextToken() != null) {
				throw invalidBody("has content after the JSON array");
			}
		}
		catch (JacksonException ex) {
			throw invalidBody("is not valid JSON (line " + ex.getLocation().getLineNr() + ", column "
					+ ex.getLocation().getColumnNr() + "); nothing was imported");
		}
		return write(items);
	}

	/**
	 * @param body one posting per line (NDJSON); blank lines are skipped
	 * @return the report; a line that is not JSON fails alone
	 */
	Map<String, Object> importNdjson(byte[] body) {
		List<Item> items = new ArrayList<>();
		for (String line : new String(body, StandardCharsets.UTF_8).split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode node;
			try {
				node = this.json.readTree(line);
			}
			catch (JacksonException ex) {
				checkCount(items.size() + 1);
				items.add(new Item(items.size(), null, null, "invalid_json",
						"line is not valid JSON (column " + ex.getLocation().getColumnNr() + ")"));
				continue;
			}
			add(items, node);
		}
		return write(items);
	}

	private void add(List<Item> items, JsonNode node) {
		checkCount(items.size() + 1);
		int index = items.size();
		String identifier = identifier(node);
		try {
			items.add(new Item(index, identifier, JobPostingMapper.map(node), null, null));
		}
		catch (PostingException ex) {
			items.add(new Item(index, identifier, null, ex.code(), ex.getMessage()));
		}
	}

	private void checkCount(int count) {
		if (count > this.properties.maxItems()) {
			throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", "Payload too large",
					"The request holds more than " + this.properties.maxItems() + " postings; split it. Nothing was imported.",
					Map.of("max_items", this.properties.maxItems()), HttpHeaders.EMPTY);
		}
	}

	private static @Nullable String identifier(JsonNode node) {
		JsonNode identifier = node.isObject() ? node.get("identifier") : null;
		if (identifier != null && identifier.isObject()) {
			identifier = identifier.get("value");
		}
		return JobPostingMapper.text(identifier);
	}

	private Map<String, Object> write(List<Item> items) {
		List<Map<String, Object>> results = new ArrayList<>();
		List<Long> written = new ArrayList<>();
		int created = 0;
		int updated = 0;
		int failed = 0;
		for (Item item : items) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("index", item.index());
			result.put("identifier", item.identifier());
			ImportedJob job = item.job();
			String code = item.code();
			String detail = item.detail();
			if (job != null) {
				try {
					JobImportDao.Upserted upserted = upsert(job);
					result.put("job_id", upserted.id());
					written.add(upserted.id());
					result.put("action", upserted.inserted() ? "created" : "updated");
					if (upserted.inserted()) {
						created++;
					}
					else {
						updated++;
					}
				}
				catch (RuntimeException ex) {
					log.atWarn().addKeyValue("index", item.index()).setCause(ex).log("Job import: posting refused by the database");
					code = "rejected";
					detail = "the job catalog refused this posting (for example datePosted after validThrough of the stored job)";
				}
			}
			if (code != null) {
				Map<String, Object> error = new LinkedHashMap<>();
				error.put("code", code);
				error.put("detail", (detail != null) ? detail : code);
				result.put("error", error);
				failed++;
			}
			results.add(result);
		}
		// this replica searches the new jobs at once; the others pick them up by polling updated_at
		this.index.jobsChanged(written);
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("results", results);
		report.put("created", created);
		report.put("updated", updated);
		report.put("failed", failed);
		this.outbox.record(AuditEvent.builder(IMPORTED, this.auditSource)
			.occurredAt(this.clock.instant())
			.actor(AuditEvent.ActorType.ADMIN, "admin-key")
			.detail("created", Integer.toString(created))
			.detail("updated", Integer.toString(updated))
			.detail("failed", Integer.toString(failed))
			.outcome((failed == 0) ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE)
			.build());
		return report;
	}

	private JobImportDao.Upserted upsert(ImportedJob job) {
		Instant now = this.clock.instant();
		String status = (job.validThrough() != null && !job.validThrough().isAfter(now)) ? "closed" : "open";
		return this.transactions.execute((tx) -> this.jdbi.withExtension(JobImportDao.class, (dao) -> {
			long companyId = dao.upsertCompany(job.company());
			JobImportDao.Upserted upserted = dao.upsertJob(job, companyId, status, now);
			dao.deleteRequirements(upserted.id());
			if (!job.requirements().isEmpty()) {
				dao.insertRequirements(upserted.id(), job.requirements(),
						IntStream.range(0, job.requirements().size()).boxed().toList());
			}
			return upserted;
		}));
	}

	private static ApiException invalidBody(String problem) {
		return new ApiException(HttpStatus.BAD_REQUEST, "invalid_request", "Invalid request", "The body " + problem + ".",
				Map.of("errors", List.of(Map.of("field", "body", "message", problem))), HttpHeaders.EMPTY);
	}

}
