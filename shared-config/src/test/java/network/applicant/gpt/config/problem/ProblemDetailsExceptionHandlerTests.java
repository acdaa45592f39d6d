package network.applicant.gpt.config.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import network.applicant.gpt.config.web.RequestIdFilter;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProblemDetailsExceptionHandlerTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new SampleController())
		.setControllerAdvice(new ProblemDetailsExceptionHandler())
		.addFilters(new RequestIdFilter())
		.build();

	@Test
	void apiExceptionKeepsItsCodeStatusAndDetail() throws Exception {
		this.mvc.perform(get("/conflict").header("X-Request-Id", "req-abcdef12"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("already_applied"))
			.andExpect(jsonPath("$.type").value("https://applicant.network/problems/already_applied"))
			.andExpect(jsonPath("$.title").value("Already applied"))
			.andExpect(jsonPath("$.detail").value("You applied already."))
			.andExpect(jsonPath("$.request_id").value("req-abcdef12"));
	}

	@Test
	void validationFailureListsEachFieldWithItsMessage() throws Exception {
		this.mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"limit\":99}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid_request"))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[?(@.field == 'limit')].message").value("must be less than or equal to 50"))
			.andExpect(jsonPath("$.detail").value(containsString("limit")));
	}

	@Test
	void unreadableBodyIsBadRequestProblem() throws Exception {
		this.mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid_request"));
	}

	@Test
	void wrongMethodIsMethodNotAllowedProblem() throws Exception {
		this.mvc.perform(post("/conflict"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.code").value("method_not_allowed"))
			.andExpect(jsonPath("$.type").value("https://applicant.network/problems/method_not_allowed"));
	}

	@Test
	void unexpectedFailureIsGeneric500WithoutTheCause() throws Exception {
		this.mvc.perform(get("/boom"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.code").value("internal_error"))
			.andExpect(header().exists("X-Request-Id"))
			.andExpect(content().string(not(containsString("db-password"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))));
	}

	record ThingRequest(@NotBlank String name, @Max(50) int limit) {
	}

	@RestController
	static class SampleController {

		@GetMapping("/conflict")
		String conflict() {
			throw new ApiException(HttpStatus.CONFLICT, "already_applied", "Already applied", "You applied already.");
		}

		@PostMapping("/things")
		String things(@Valid @RequestBody ThingRequest request) {
			return request.name();
		}

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("connection failed for db-password=hunter2");
		}

	}

}
