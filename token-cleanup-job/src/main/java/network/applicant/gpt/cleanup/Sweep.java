package network.applicant.gpt.cleanup;

import java.time.Duration;

/**
 * One kind of row the job deletes: which table, which rows, and how long they are
 * kept after they stopped being usable.
 *
 * @param name a stable name for logs and the summary
 * @param table the schema-qualified table
 * @param condition the SQL condition that selects deletable rows; it may use
 * {@code :retention} (an interval) and refers to the table as {@code t}
 * @param retention how long rows are kept after the condition's moment
 */
record Sweep(String name, String table, String condition, Duration retention) {
}
