package network.applicant.gpt.actions.resume.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A resume read into lines, sections and roles.
 *
 * @param lines the normalized lines
 * @param sections the section of each line (same length as {@code lines})
 * @param roles the roles of the experience section, in the order written
 */
public record ParsedResume(List<String> lines, List<Section> sections, List<Role> roles) {

	public ParsedResume {
		lines = List.copyOf(lines);
		sections = List.copyOf(sections);
		roles = List.copyOf(roles);
	}

	/** @return the whole text, one line per line */
	public String text() {
		return String.join("\n", this.lines);
	}

	/**
	 * @param line a line index
	 * @return its section
	 */
	public Section sectionOf(int line) {
		return this.sections.get(line);
	}

	/**
	 * @param section a section
	 * @return whether the resume has it
	 */
	public boolean has(Section section) {
		return this.sections.contains(section);
	}

	/**
	 * @param section a section
	 * @return its lines (with its heading), in order
	 */
	public List<String> linesOf(Section section) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < this.lines.size(); i++) {
			if (this.sections.get(i) == section) {
				result.add(this.lines.get(i));
			}
		}
		return result;
	}

}
