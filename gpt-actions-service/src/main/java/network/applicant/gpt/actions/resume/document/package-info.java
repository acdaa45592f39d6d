/**
 * Text extraction from resume files: PDF (PDFBox, reading two-column pages column by
 * column), DOCX (Apache POI) and plain text. Extraction only reads text: it never runs
 * scripts, opens embedded files or fetches anything a document links to.
 */
@NullMarked
package network.applicant.gpt.actions.resume.document;

import org.jspecify.annotations.NullMarked;
