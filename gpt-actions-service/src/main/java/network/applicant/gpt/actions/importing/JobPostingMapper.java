package network.applicant.gpt.actions.importing;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps one schema.org {@code JobPosting} to an {@link ImportedJob}, or explains with a
 * {@link PostingException} why it cannot.
 *
 * <p>Not a validator of all of schema.org: it reads the members listed in the module
 * README and ignores the rest. Required: {@code identifier} (text or PropertyValue),
 * {@code title}, {@code description}, {@code hiringOrganization.name}. Commute type and
 * level come from the extensions {@code workplaceType} and {@code jobLevel} when present,
 * otherwise they are inferred ({@link #inferCommuteType}, {@link #inferJobLevel}).
 * Stateless and thread-safe.
 */
final class JobPostingMapper {

	static final int MAX_TITLE = 300;

	static final int MAX_IDENTIFIER = 200;

	static final int MAX_DESCRIPTION = 100_000;

	static final int MAX_REQUIREMENTS = 100;

	static final int MAX_REQUIREMENT = 1000;

	private static final BigDecimal MAX_SALARY = new BigDecimal("9999999999.99");

	private static final Map<String, String> EMPLOYMENT_TYPES = employmentTypes();

	private static final List<String> WORKPLACE_TYPES = List.of("ONSITE", "HYBRID", "REMOTE");

	static final List<String> JOB_LEVELS = List.of("intern", "entry", "mid", "senior", "lead", "executive");

	private static final List<String> SALARY_UNITS = List.of("HOUR", "DAY", "WEEK", "MONTH", "YEAR");

	private static final Pattern EXECUTIVE = Pattern
		.compile("\\b(head|director|vp|svp|evp|vice[- ]president|chief|ceo|cto|cfo|coo|cio|cmo)\\b");

	private static final Pattern LEAD = Pattern.compile("\\b(staff|principal|lead)\\b");

	private static final Pattern SENIOR = Pattern.compile("\\b(senior|sr)\\b");

	private static final Pattern INTERN = Pattern.compile("\\b(intern|internship|werkstudent)\\b");

	private static final Pattern ENTRY = Pattern.compile("\\b(junior|jr|graduate|entry[- ]level|trainee|apprentice)\\b");

	private static final Pattern HYBRID = Pattern.compile("\\bhybrid\\b");

	private static final Pattern NOT_REMOTE = Pattern.compile("\\b(not|no|non)[- ]remote\\b");

	private static final Pattern REMOTE = Pattern.compile("\\b(remote|work from home|wfh|fully distributed)\\b");

	private static final Pattern ONSITE = Pattern.compile("\\b(on[- ]?site|in[- ]office|in[- ]person)\\b");

	private static final Pattern YEARS = Pattern.compile("(\\d{1,2})\\s*\\+?\\s*(?:-\\s*\\d{1,2}\\s*)?(?:years?|yrs?)\\b");

	private static final Pattern MONTHS = Pattern.compile("(\\d{1,3})\\s*\\+?\\s*months?\\b");

	private JobPostingMapper() {
	}

	/** Why a posting cannot be imported: a stable code and a detail naming the member. */
	static final class PostingException extends RuntimeException {

		private final String code;

		PostingException(String code, String detail) {
			super(detail, null, false, false);
			this.code = code;
		}

		String code() {
			return this.code;
		}

	}

	/**
	 * @param posting one JobPosting
	 * @return the job
	 * @throws PostingException when a required member is missing or a member is invalid
	 */
	static ImportedJob map(JsonNode posting) {
		if (!posting.isObject()) {
			throw new PostingException("invalid_value", "a posting must be a JSON object (schema.org JobPosting)");
		}
		String identifier = identifierOf(posting.get("identifier"), "identifier");
		if (identifier == null) {
			throw missing("identifier", "text or a PropertyValue with a value");
		}
		String title = requiredText(posting, "title", MAX_TITLE);
		String description = requiredText(posting, "description", MAX_DESCRIPTION);
		ImportedJob.Company company = company(posting.get("hiringOrganization"));
		Instant postedAt = date(posting.get("datePosted"), "datePosted", false);
		Instant validThrough = date(posting.get("validThrough"), "validThrough", true);
		if (postedAt != null && validThrough != null && !validThrough.isAfter(postedAt)) {
			throw invalid("validThrough", "must be after datePosted");
		}
		String employmentType = employmentType(posting.get("employmentType"));
		JsonNode address = address(posting.get("jobLocation"));
		String city = (address != null) ? text(address.get("addressLocality")) : null;
		String region = (address != null) ? text(address.get("addressRegion")) : null;
		String country = (address != null) ? country(address.get("addressCountry"), "jobLocation.address.addressCountry")
				: null;
		boolean telecommute = values(posting.get("jobLocationType")).stream()
			.map(JobPostingMapper::text)
			.anyMatch("TELECOMMUTE"::equalsIgnoreCase);
		String workplaceType = enumText(posting.get("workplaceType"), "workplaceType", WORKPLACE_TYPES);
		String commuteType = inferCommuteType(workplaceType, telecommute, title, description);
		List<String> applicantCountries = "remote".equals(commuteType)
				? applicantCountries(posting.get("applicantLocationRequirements")) : null;
		Salary salary = salary(posting.get("baseSalary"));
		List<String> requirements = new ArrayList<>();
		Integer months = experience(posting.get("experienceRequirements"), requirements);
		for (String member : List.of("skills", "qualifications", "educationRequirements")) {
			for (JsonNode item : values(posting.get(member))) {
				requirements.addAll(lines(item, member, "skills".equals(member)));
			}
		}
		String jobLevel = enumText(posting.get("jobLevel"), "jobLevel", JOB_LEVELS);
		String level = (jobLevel != null) ? jobLevel.toLowerCase(Locale.ROOT)
				: inferJobLevel(title, employmentType, months);
		return new ImportedJob(identifier, company, title, description, employmentType, city, region, country,
				(applicantCountries == null || applicantCountries.isEmpty()) ? null : applicantCountries, commuteType,
				level, salary.min(), salary.max(), salary.currency(), salary.period(), postedAt, validThrough,
				distinct(requirements));
	}

	/**
	 * Commute type when the posting has no {@code workplaceType}: {@code TELECOMMUTE} means
	 * remote (hybrid when the text says so); otherwise the title, then the description, is
	 * searched for "hybrid", then "remote" (not "not remote"), then "on-site"; default
	 * on-site.
	 * @param workplaceType the extension's value, or {@code null}
	 * @param telecommute whether {@code jobLocationType} is {@code TELECOMMUTE}
	 * @param title the title
	 * @param description the description, HTML allowed
	 * @return {@code remote}, {@code hybrid} or {@code onsite}
	 */
	static String inferCommuteType(@Nullable String workplaceType, boolean telecommute, String title,
			String description) {
		if (workplaceType != null) {
			return workplaceType.toLowerCase(Locale.ROOT);
		}
		for (String text : List.of(title, plain(description))) {
			String lower = text.toLowerCase(Locale.ROOT);
			if (HYBRID.matcher(lower).find()) {
				return "hybrid";
			}
			if (telecommute) {
				continue;
			}
			String withoutNegation = NOT_REMOTE.matcher(lower).replaceAll(" ");
			if (REMOTE.matcher(withoutNegation).find()) {
				return "remote";
			}
			if (ONSITE.matcher(lower).find()) {
				return "onsite";
			}
		}
		return telecommute ? "remote" : "onsite";
	}

	/**
	 * Level when the posting has no {@code jobLevel}: from the title (head/director/VP/chief
	 * → executive; staff/principal/lead → lead; senior → senior; intern → intern;
	 * junior/graduate/trainee → entry), then an internship employment type → intern, then
	 * the months of experience asked for (under 24 → entry, under 60 → mid, under 96 →
	 * senior, more → lead); default mid.
	 * @param title the title
	 * @param employmentType the mapped employment type
	 * @param months months of experience required, or {@code null}
	 * @return one of {@link #JOB_LEVELS}
	 */
	static String inferJobLevel(String title, String employmentType, @Nullable Integer months) {
		String lower = title.toLowerCase(Locale.ROOT);
		if (EXECUTIVE.matcher(lower).find()) {
			return "executive";
		}
		if (LEAD.matcher(lower).find()) {
			return "lead";
		}
		if (SENIOR.matcher(lower).find()) {
			return "senior";
		}
		if (INTERN.matcher(lower).find() || "internship".equals(employmentType)) {
			return "intern";
		}
		if (ENTRY.matcher(lower).find()) {
			return "entry";
		}
		if (months != null) {
			return (months < 24) ? "entry" : (months < 60) ? "mid" : (months < 96) ? "senior" : "lead";
		}
		return "mid";
	}

	private static ImportedJob.Company company(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			throw missing("hiringOrganization", "an Organization with a name");
		}
		if (node.isString()) {
			String name = text(node);
			if (name == null) {
				throw missing("hiringOrganization.name", "text");
			}
			return new ImportedJob.Company(nameKey(name), name, null);
		}
		if (!node.isObject()) {
			throw invalid("hiringOrganization", "must be an Organization object");
		}
		String name = text(node.get("name"));
		if (name == null) {
			throw missing("hiringOrganization.name", "text");
		}
		String url = firstText(node.get("url"));
		String sameAs = firstText(node.get("sameAs"));
		String website = null;
		for (String candidate : new String[] { url, sameAs }) {
			if (candidate != null && candidate.matches("(?i)https?://.+")) {
				website = candidate;
				break;
			}
		}
		String identifier = identifierOf(node.get("identifier"), "hiringOrganization.identifier");
		if (identifier == null && website != null) {
			identifier = webKey(website);
		}
		return new ImportedJob.Company((identifier != null) ? identifier : nameKey(name), name, website);
	}

	private static String nameKey(String name) {
		return "name:" + name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String webKey(String website) {
		try {
			URI uri = URI.create(website.strip());
			String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
			if (host.isEmpty()) {
				throw invalid("hiringOrganization.url", "must be an absolute http(s) URL");
			}
			host = host.startsWith("www.") ? host.substring(4) : host;
			String path = (uri.getPath() != null) ? uri.getPath().replaceAll("/+$", "") : "";
			return "web:" + host + path;
		}
		catch (IllegalArgumentException ex) {
			throw invalid("hiringOrganization.url", "must be an absolute http(s) URL");
		}
	}

	private static String employmentType(@Nullable JsonNode node) {
		List<JsonNode> values = values(node);
		if (values.isEmpty()) {
			return "full_time";
		}
		String value = text(values.get(0));
		String key = (value != null) ? value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_') : "";
		String mapped = EMPLOYMENT_TYPES.get(key);
		if (mapped == null) {
			throw new PostingException("unknown_value", "employmentType '" + value + "' is not one of "
					+ String.join(", ", List.of("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN",
							"VOLUNTEER", "PER_DIEM", "OTHER")));
		}
		return mapped;
	}

	private static Map<String, String> employmentTypes() {
		Map<String, String> types = new LinkedHashMap<>();
		types.put("FULL_TIME", "full_time");
		types.put("FULLTIME", "full_time");
		types.put("PART_TIME", "part_time");
		types.put("PARTTIME", "part_time");
		types.put("CONTRACTOR", "contract");
		types.put("CONTRACT", "contract");
		types.put("TEMPORARY", "temporary");
		types.put("INTERN", "internship");
		types.put("INTERNSHIP", "internship");
		types.put("PER_DIEM", "per_diem");
		types.put("VOLUNTEER", "other");
		types.put("OTHER", "other");
		return Map.copyOf(types);
	}

	private static @Nullable JsonNode address(@Nullable JsonNode jobLocation) {
		List<JsonNode> places = values(jobLocation);
		if (places.isEmpty()) {
			return null;
		}
		JsonNode place = places.get(0);
		if (!place.isObject()) {
			throw invalid("jobLocation", "must be a Place object with an address");
		}
		JsonNode address = place.get("address");
		if (address == null || address.isNull()) {
			return null;
		}
		if (!address.isObject()) {
			throw invalid("jobLocation.address", "must be a PostalAddress object");
		}
		return address;
	}

	private static @Nullable String country(@Nullable JsonNode node, String field) {
		if (node == null || node.isNull()) {
			return null;
		}
		String name = node.isObject() ? firstNonNull(text(node.get("name")), text(node.get("identifier"))) : text(node);
		if (name == null) {
			throw invalid(field, "must be an ISO 3166 country code or a Country with a name");
		}
		return Countries.toCode(name)
			.orElseThrow(() -> invalid(field, "'" + name + "' is not an ISO 3166 country code or a known country name"));
	}

	private static List<String> applicantCountries(@Nullable JsonNode node) {
		Set<String> countries = new LinkedHashSet<>();
		String field = "applicantLocationRequirements";
		for (JsonNode item : values(node)) {
			if (item.isObject() && "State".equalsIgnoreCase(text(item.get("@type")))) {
				String state = text(item.get("name"));
				JsonNode container = firstNonNullNode(item.get("containedInPlace"), item.get("addressCountry"));
				if (container != null && !container.isNull()) {
					countries.add(country(container, field + ".containedInPlace"));
				}
				else if (state != null && Countries.countryOfState(state).isPresent()) {
					countries.add(Countries.countryOfState(state).get());
				}
				else {
					throw invalid(field, "cannot tell the country of State '" + state
							+ "'; add containedInPlace with its Country");
				}
			}
			else {
				countries.add(country(item, field));
			}
		}
		return List.copyOf(countries);
	}

	private record Salary(@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String currency,
			@Nullable String period) {
	}

	private static Salary salary(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return new Salary(null, null, null, null);
		}
		if (!node.isObject()) {
			throw invalid("baseSalary", "must be a MonetaryAmount object");
		}
		String currency = text(node.get("currency"));
		if (currency == null) {
			throw missing("baseSalary.currency", "an ISO 4217 code such as USD");
		}
		String code = currency.toUpperCase(Locale.ROOT);
		try {
			Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("baseSalary.currency", "'" + currency + "' is not an ISO 4217 currency code");
		}
		JsonNode value = node.get("value");
		BigDecimal min;
		BigDecimal max;
		String unit = text(node.get("unitText"));
		if (value != null && value.isObject()) {
			BigDecimal single = amount(value.get("value"), "baseSalary.value.value");
			min = amount(value.get("minValue"), "baseSalary.value.minValue");
			max = amount(value.get("maxValue"), "baseSalary.value.maxValue");
			if (min == null && max == null) {
				min = single;
				max = single;
			}
			unit = firstNonNull(text(value.get("unitText")), unit);
		}
		else {
			min = amount(value, "baseSalary.value");
			max = min;
		}
		if (min == null && max == null) {
			throw missing("baseSalary.value", "a number or a QuantitativeValue with minValue/maxValue/value");
		}
		if (min != null && max != null && max.compareTo(min) < 0) {
			throw invalid("baseSalary.value", "maxValue " + max.toPlainString() + " is below minValue " + min.toPlainString());
		}
		String period = enumText(unit, "baseSalary.value.unitText", SALARY_UNITS);
		if (period == null) {
			throw missing("baseSalary.value.unitText", "one of " + String.join(", ", SALARY_UNITS));
		}
		return new Salary(min, max, code, period.toLowerCase(Locale.ROOT));
	}

	private static @Nullable BigDecimal amount(@Nullable JsonNode node, String field) {
		if (node == null || node.isNull()) {
			return null;
		}
		BigDecimal amount;
		if (node.isNumber()) {
			amount = node.decimalValue();
		}
		else if (node.isString() && node.stringValue().strip().matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?")) {
			amount = new BigDecimal(node.stringValue().strip().replace(",", ""));
		}
		else {
			throw invalid(field, "must be a number");
		}
		if (amount.signum() < 0 || amount.compareTo(MAX_SALARY) > 0) {
			throw invalid(field, "must be between 0 and " + MAX_SALARY.toPlainString());
		}
		return amount;
	}

	private static @Nullable Integer experience(@Nullable JsonNode node, List<String> requirements) {
		Integer months = null;
		for (JsonNode item : values(node)) {
			Integer found;
			if (item.isObject()) {
				JsonNode value = item.get("monthsOfExperience");
				BigDecimal amount = amount(value, "experienceRequirements.monthsOfExperience");
				found = (amount != null) ? amount.intValue() : null;
				String description = text(item.get("description"));
				if (description != null) {
					requirements.addAll(lines(item.get("description"), "experienceRequirements", false));
				}
				else if (found != null) {
					requirements.add((found % 12 == 0) ? "At least " + (found / 12) + " years of experience"
							: "At least " + found + " months of experience");
				}
			}
			else {
				List<String> lines = lines(item, "experienceRequirements", false);
				requirements.addAll(lines);
				found = monthsIn(String.join(" ", lines));
			}
			if (found != null && (months == null || found > months)) {
				months = found;
			}
		}
		return months;
	}

	/**
	 * @param text a requirement such as "5+ years of Java"
	 * @return the months it asks for, or {@code null}
	 */
	static @Nullable Integer monthsIn(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		Matcher years = YEARS.matcher(lower);
		if (years.find()) {
			return Integer.parseInt(years.group(1)) * 12;
		}
		Matcher months = MONTHS.matcher(lower);
		return months.find() ? Integer.parseInt(months.group(1)) : null;
	}

	private static List<String> lines(@Nullable JsonNode item, String field, boolean commaList) {
		if (item == null || item.isNull()) {
			return List.of();
		}
		String text;
		if (item.isObject()) {
			text = firstNonNull(text(item.get("name")), text(item.get("credentialCategory")), text(item.get("description")));
			if (text == null) {
				throw invalid(field, "entries must be text or have a name, credentialCategory or description");
			}
		}
		else {
			text = text(item);
			if (text == null) {
				return List.of();
			}
		}
		List<String> lines = new ArrayList<>();
		for (String line : plainLines(text)) {
			String stripped = line.replaceFirst("^[\\s\\-*•·]+", "").strip();
			if (stripped.isEmpty()) {
				continue;
			}
			if (commaList && stripped.contains(",") && !stripped.contains(". ")) {
				for (String part : stripped.split(",")) {
					if (!part.isBlank()) {
						lines.add(part.strip());
					}
				}
			}
			else {
				lines.add(stripped);
			}
		}
		return lines;
	}

	private static List<String> distinct(List<String> requirements) {
		Map<String, String> unique = new LinkedHashMap<>();
		for (String line : requirements) {
			String bounded = (line.length() > MAX_REQUIREMENT) ? line.substring(0, MAX_REQUIREMENT) : line;
			unique.putIfAbsent(bounded.toLowerCase(Locale.ROOT), bounded);
		}
		return unique.values().stream().limit(MAX_REQUIREMENTS).toList();
	}

	private static List<String> plainLines(String html) {
		String text = html.replaceAll("(?i)<br\\s*/?>|</li>|</p>|</div>|<li[^>]*>", "\n").replaceAll("<[^>]*>", " ");
		return List.of(unescape(text).split("\\R"));
	}

	private static String plain(String html) {
		return unescape(html.replaceAll("<[^>]*>", " "));
	}

	private static String unescape(String text) {
		return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
			.replace("&#39;", "'").replace("&amp;", "&");
	}

	private static @Nullable Instant date(@Nullable JsonNode node, String field, boolean endOfDay) {
		String value = text(node);
		if (value == null) {
			if (node != null && !node.isNull()) {
				throw invalid(field, "must be an ISO 8601 date or date-time");
			}
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ignored) {
			// try the next form
		}
		try {
			return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ignored) {
			// try the next form
		}
		try {
			LocalDate date = LocalDate.parse(value);
			return (endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw invalid(field, "'" + value + "' is not an ISO 8601 date or date-time");
		}
	}

	private static @Nullable String enumText(@Nullable JsonNode node, String field, List<String> allowed) {
		if (node == null || node.isNull()) {
			return null;
		}
		return enumText(text(node), field, allowed);
	}

	private static @Nullable String enumText(@Nullable String value, String field, List<String> allowed) {
		if (value == null) {
			return null;
		}
		return allowed.stream()
			.filter((candidate) -> candidate.equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> new PostingException("unknown_value",
					field + " '" + value + "' is not one of " + String.join(", ", allowed)));
	}

	private static @Nullable String identifierOf(@Nullable JsonNode node, String field) {
		if (node == null || node.isNull()) {
			return null;
		}
		String value = node.isObject() ? text(node.get("value")) : text(node);
		if (value == null) {
			throw invalid(field, "must be text or a PropertyValue with a value");
		}
		if (value.length() > MAX_IDENTIFIER) {
			throw invalid(field, "must be at most " + MAX_IDENTIFIER + " characters");
		}
		return value;
	}

	private static String requiredText(JsonNode posting, String field, int max) {
		JsonNode node = posting.get(field);
		String value = text(node);
		if (value == null) {
			if (node != null && !node.isNull() && !node.isString()) {
				throw invalid(field, "must be text");
			}
			throw missing(field, "text");
		}
		if (value.length() > max) {
			throw invalid(field, "must be at most " + max + " characters");
		}
		return value;
	}

	private static List<JsonNode> values(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (node.isArray()) {
			List<JsonNode> values = new ArrayList<>();
			node.values().forEach(values::add);
			return values;
		}
		return List.of(node);
	}

	private static @Nullable String firstText(@Nullable JsonNode node) {
		List<JsonNode> values = values(node);
		return values.isEmpty() ? null : text(values.get(0));
	}

	static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isString()) {
			String value = node.stringValue().strip();
			return value.isEmpty() ? null : value;
		}
		if (node.isNumber()) {
			return node.asString();
		}
		return null;
	}

	@SafeVarargs
	private static <T> @Nullable T firstNonNull(@Nullable T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static @Nullable JsonNode firstNonNullNode(@Nullable JsonNode a, @Nullable JsonNode b) {
		return (a != null && !a.isNull()) ? a : b;
	}

	private static PostingException missing(String field, String expected) {
		return new PostingException("missing_field", field + " is required (" + expected + ")");
	}

	private static PostingException invalid(String field, String problem) {
		return new PostingException("invalid_value", field + " " + problem);
	}

}
