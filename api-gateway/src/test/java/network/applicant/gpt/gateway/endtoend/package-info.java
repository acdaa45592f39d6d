/**
 * The whole platform end to end: gpt-oauth-service and gpt-actions-service started as processes
 * from their runnable jars, the gateway in front of them, and ChatGPT and a candidate's browser
 * played over HTTP through the gateway's public base URL. Also the benchmarks that use the same
 * set-up ({@code *Benchmark}, not run by {@code verify}).
 */
@NullMarked
package network.applicant.gpt.gateway.endtoend;

import org.jspecify.annotations.NullMarked;
