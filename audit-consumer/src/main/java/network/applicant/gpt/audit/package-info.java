/**
 * The audit consumer: a Spring Boot application that takes the audit events every
 * service publishes to RabbitMQ and keeps each of them once in the durable audit log
 * (schema {@code audit}). Its web server exists only for the actuator's health probes.
 */
@NullMarked
package network.applicant.gpt.audit;

import org.jspecify.annotations.NullMarked;
