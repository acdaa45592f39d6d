package network.applicant.gpt.actions.resume.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Analyses a resume against a job: the weighted fit score, its categories and evidence,
 * must-have gaps and advice.
 *
 * <pre>{@code
 * ResumeAnalyzer analyzer = new ResumeAnalyzer(SkillDictionary.loadDefault());
 * ResumeAnalysis analysis = analyzer.analyze(text, job, new CandidateLocation("London", "GB"), YearMonth.now());
 * }</pre>
 *
 * <p>Deterministic and thread-safe: the same arguments always give the same result.
 */
public final class ResumeAnalyzer {

	/*
	 * How the fit score is made. Each category scores 0-100 with its evidence. Base weights:
	 * required skills 40, experience 20, credentials 15, preferred skills 10, seniority 10,
	 * location 10. A category without data (the job states no years, no credentials, the
	 * candidate's country is unknown...) is dropped and the remaining weights are scaled to
	 * sum to 1, so missing data neither helps nor hurts. Two caps keep the number honest:
	 * a blocker (a missing licence, an on-site job abroad) caps the score at 45, two or more
	 * at 30, because no amount of skill makes up for them; and when most matched required skills appear only in
	 * a skills list, the score is capped at 50, so keyword stuffing cannot buy a high score.
	 */

	static final int BLOCKER_CAP = 45;

	static final int TWO_BLOCKERS_CAP = 30;

	static final int STUFFING_CAP = 50;

	private final SkillDictionary dictionary;

	private final ResumeParser parser = new ResumeParser();

	private final RequirementExtractor extractor;

	private final ExperienceCalculator calculator;

	public ResumeAnalyzer(SkillDictionary dictionary) {
		this.dictionary = dictionary;
		this.extractor = new RequirementExtractor(dictionary);
		this.calculator = new ExperienceCalculator(dictionary);
	}

	/**
	 * @param resumeText the resume text (normalized here)
	 * @param job the job
	 * @param location where the candidate lives
	 * @param today the current month
	 * @return the analysis
	 */
	public ResumeAnalysis analyze(String resumeText, JobPosting job, CandidateLocation location, YearMonth today) {
		ParsedResume resume = this.parser.parse(TextNormalizer.normalize(resumeText));
		JobRequirements requirements = this.extractor.extract(job);
		SkillEvidence evidence = new SkillEvidence(resume, this.dictionary);
		ExperienceSummary experience = this.calculator.compute(resume.roles(), requirements, today);

		List<CategoryScore> categories = new ArrayList<>();
		List<Flag> flags = new ArrayList<>();
		List<MatchedSkill> matched = new ArrayList<>();
		SkillScorer skills = new SkillScorer();
		SkillScorer.Result required = skills.score(requirements.requiredSkills(), true, evidence);
		List<String> missingRequired = new ArrayList<>();
		if (required != null) {
			categories.add(required.category());
			matched.addAll(required.matched());
			missingRequired.addAll(required.missing());
		}
		SkillScorer.Result preferred = skills.score(requirements.preferredSkills(), false, evidence);
		if (preferred != null) {
			categories.add(preferred.category());
			matched.addAll(preferred.matched());
		}
		add(new ExperienceScorer().score(requirements.years(), experience), categories, flags);
		add(new SeniorityScorer().score(job.level(), resume.roles(), experience, today), categories, flags);
		add(new LocationScorer().score(job, location), categories, flags);
		CredentialScorer.Result credentials = new CredentialScorer().score(requirements, resume, evidence);
		add(credentials.scored(), categories, flags);
		matched.addAll(credentials.matched());

		if (!missingRequired.isEmpty()) {
			flags.add(0, Flag.blocker("missing_required_skills",
					"Required by the job but not found in the resume: " + String.join(", ", missingRequired) + "."));
		}
		long requiredMatched = matched.stream().filter((m) -> m.kind().equals("required")).count();
		long requiredListedOnly = matched.stream()
			.filter((m) -> m.kind().equals("required") && m.support().equals("skills_list_only"))
			.count();
		boolean stuffing = requiredMatched >= 2 && requiredListedOnly * 2 >= requiredMatched;
		if (stuffing) {
			flags.add(Flag.warning("skills_without_evidence", requiredListedOnly + " of " + requiredMatched
					+ " matched required skills appear only in a skills list, with no role showing their use;"
					+ " the score is capped at " + STUFFING_CAP + "."));
		}
		if (!requirements.unassessed().isEmpty()) {
			flags.add(Flag.info("not_assessed", "Not judged from a resume: " + String.join("; ", requirements.unassessed())));
		}

		double totalWeight = categories.stream().mapToInt(CategoryScore::baseWeight).sum();
		List<CategoryScore> weighted = new ArrayList<>();
		double sum = 0;
		for (CategoryScore category : categories) {
			double weight = category.baseWeight() / totalWeight;
			weighted.add(category.withWeight(Math.round(weight * 1000) / 1000.0));
			sum += category.score() * weight;
		}
		int fit = (int) Math.round(sum);
		long blockers = flags.stream()
			.filter((f) -> f.severity().equals("blocker") && !f.code().equals("missing_required_skills"))
			.count();
		if (blockers > 0) {
			fit = Math.min(fit, (blockers > 1) ? TWO_BLOCKERS_CAP : BLOCKER_CAP);
		}
		if (stuffing) {
			fit = Math.min(fit, STUFFING_CAP);
		}
		Set<String> missing = new LinkedHashSet<>(missingRequired);
		missing.addAll(credentials.missing().stream().filter((m) -> !m.equals("the stated education")).toList());
		List<String> suggestions = new AdviceWriter().write(flags, matched, missingRequired, credentials.missing()
			.stream()
			.filter((m) -> !m.equals("the stated education"))
			.toList(), experience, !resume.roles().isEmpty());
		return new ResumeAnalysis(fit, ResumeAnalysis.band(fit), weighted, matched, List.copyOf(missing), experience,
				flags, suggestions, requirements.unassessed());
	}

	private static void add(Scored scored, List<CategoryScore> categories, List<Flag> flags) {
		if (scored.category() != null) {
			categories.add(scored.category());
		}
		flags.addAll(scored.flags());
	}

	/**
	 * @param text resume text
	 * @return the parsed resume, for callers that show sections
	 */
	public ParsedResume parse(String text) {
		return this.parser.parse(TextNormalizer.normalize(text));
	}

}
