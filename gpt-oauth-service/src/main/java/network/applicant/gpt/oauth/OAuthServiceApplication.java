package network.applicant.gpt.oauth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the OAuth service: migrates the {@code oauth} schema, registers the configured
 * clients and relays audit events to RabbitMQ.
 */
@SpringBootApplication
public class OAuthServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(OAuthServiceApplication.class, args);
	}

}
