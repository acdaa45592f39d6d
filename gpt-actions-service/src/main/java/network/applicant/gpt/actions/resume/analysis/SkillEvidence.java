package network.applicant.gpt.actions.resume.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import network.applicant.gpt.actions.resume.analysis.JobRequirements.SkillRequirement;

/**
 * The skills a resume mentions, where, and how well each mention is supported.
 *
 * <p>A skill used in a role's bullets is demonstrated; one named in the summary or a
 * certification is supported; one that appears only in a skills list (or the header) is
 * merely listed. Listing earns partial credit only, so a keyword-stuffed skills list
 * cannot buy a high score.
 */
public final class SkillEvidence {

	/** Credit for a skill used in the experience section. */
	static final double EXPERIENCE_CREDIT = 1.0;

	/** Credit for a skill named in a certification or education line. */
	static final double CERTIFICATION_CREDIT = 0.9;

	/** Credit for a skill named in the summary. */
	static final double SUMMARY_CREDIT = 0.8;

	/** Credit for a skill that only appears in a skills list. */
	static final double LISTED_CREDIT = 0.4;

	private final ParsedResume resume;

	private final Map<String, List<SkillMention>> mentions = new HashMap<>();

	public SkillEvidence(ParsedResume resume, SkillDictionary dictionary) {
		this.resume = resume;
		for (SkillMention mention : dictionary.find(resume.text())) {
			this.mentions.computeIfAbsent(mention.skill().name(), (k) -> new ArrayList<>()).add(mention);
			for (String implied : mention.skill().implies()) {
				dictionary.skill(implied)
					.ifPresent((skill) -> this.mentions.computeIfAbsent(skill.name(), (k) -> new ArrayList<>())
						.add(new SkillMention(skill, mention.matched() + " (implies " + skill.name() + ")",
								mention.line())));
			}
		}
	}

	/**
	 * A requirement met by the resume.
	 * @param match what to show
	 * @param credit 0–1
	 */
	record Match(MatchedSkill match, double credit) {
	}

	/**
	 * @param requirement a requirement
	 * @param kind {@code required}, {@code preferred} or {@code credential}
	 * @return the best-supported match among its alternatives, or {@code null} when none is mentioned
	 */
	@Nullable Match best(SkillRequirement requirement, String kind) {
		Match best = null;
		for (Skill skill : requirement.alternatives()) {
			for (SkillMention mention : this.mentions.getOrDefault(skill.name(), List.of())) {
				Section section = this.resume.sectionOf(mention.line());
				double credit = skill.isCredential() ? 1.0 : credit(section);
				if (best == null || credit > best.credit()) {
					best = new Match(new MatchedSkill(skill.name(), requirement.label(), kind, support(section, skill),
							section.name().toLowerCase(Locale.ROOT), snippet(passage(mention.line())),
							roleAt(mention.line())), credit);
				}
			}
		}
		return best;
	}

	private static double credit(Section section) {
		return switch (section) {
			case EXPERIENCE -> EXPERIENCE_CREDIT;
			case CERTIFICATIONS, EDUCATION -> CERTIFICATION_CREDIT;
			case SUMMARY -> SUMMARY_CREDIT;
			default -> LISTED_CREDIT;
		};
	}

	private static String support(Section section, Skill skill) {
		return switch (section) {
			case EXPERIENCE -> "experience";
			case CERTIFICATIONS, EDUCATION -> "certification";
			case SUMMARY -> "summary";
			default -> skill.isCredential() ? "certification" : "skills_list_only";
		};
	}

	/** The line with the lines that continue it (a bullet wrapped over several lines). */
	private String passage(int line) {
		StringBuilder text = new StringBuilder(this.resume.lines().get(line));
		Section section = this.resume.sectionOf(line);
		for (int next = line + 1; next < this.resume.lines().size() && text.length() < 200; next++) {
			String candidate = this.resume.lines().get(next);
			int index = next;
			if (this.resume.sectionOf(next) != section || candidate.startsWith("- ")
					|| ResumeParser.heading(candidate) != null || ResumeParser.period(candidate) != null
					|| this.resume.roles().stream().anyMatch((r) -> r.headerLine() == index)) {
				break;
			}
			text.append(' ').append(candidate);
		}
		return text.toString();
	}

	private @Nullable String roleAt(int line) {
		for (Role role : this.resume.roles()) {
			if (role.contains(line)) {
				return role.title() + ((role.employer() != null) ? ", " + role.employer() : "");
			}
		}
		return null;
	}

	static String snippet(String line) {
		String value = line.startsWith("- ") ? line.substring(2) : line;
		return (value.length() > 200) ? value.substring(0, 197) + "..." : value;
	}

}
