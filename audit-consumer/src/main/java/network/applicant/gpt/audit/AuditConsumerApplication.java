package network.applicant.gpt.audit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the audit consumer: binds {@code auditEvents-in-0} to the durable queue
 * {@code applicant.audit.audit-consumer} and serves the actuator on port 8083.
 */
@SpringBootApplication
public class AuditConsumerApplication {

	public static void main(String[] args) {
		SpringApplication.run(AuditConsumerApplication.class, args);
	}

}
