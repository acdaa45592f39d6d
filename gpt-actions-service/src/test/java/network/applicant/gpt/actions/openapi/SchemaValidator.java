package network.applicant.gpt.actions.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value against an OpenAPI 3.0 schema from a fully resolved document: type,
 * nullable, required members, enum, string length, number range, array size, and oneOf.
 * Members the schema does not declare are reported too, so that the document lists every
 * member the service sends.
 */
final class SchemaValidator {

	private SchemaValidator() {
	}

	/** @return the violations, each with the JSON path; empty when the value conforms */
	static List<String> validate(JsonNode value, Schema<?> schema) {
		List<String> errors = new ArrayList<>();
		validate("$", value, schema, errors);
		return errors;
	}

	@SuppressWarnings("rawtypes")
	private static void validate(String path, JsonNode value, Schema<?> schema, List<String> errors) {
		if (value.isNull()) {
			if (!Boolean.TRUE.equals(schema.getNullable())) {
				errors.add(path + " is null but not nullable");
			}
			return;
		}
		if (schema instanceof ComposedSchema composed && composed.getOneOf() != null) {
			long matching = composed.getOneOf().stream().filter((option) -> validate(value, option).isEmpty()).count();
			if (matching != 1) {
				errors.add(path + " matches " + matching + " of the oneOf schemas instead of one");
			}
			return;
		}
		String type = type(schema);
		if (type == null) {
			return;
		}
		switch (type) {
			case "object" -> {
				if (!value.isObject()) {
					errors.add(path + " is not an object");
					return;
				}
				Map<String, Schema> properties = (schema.getProperties() != null) ? schema.getProperties() : Map.of();
				if (schema.getRequired() != null) {
					for (String required : schema.getRequired()) {
						if (!value.has(required)) {
							errors.add(path + "." + required + " is required but missing");
						}
					}
				}
				for (String name : value.propertyNames()) {
					Schema<?> property = properties.get(name);
					if (property == null) {
						errors.add(path + "." + name + " is not declared in the schema");
					}
					else {
						validate(path + "." + name, value.get(name), property, errors);
					}
				}
			}
			case "array" -> {
				if (!value.isArray()) {
					errors.add(path + " is not an array");
					return;
				}
				if (schema.getMaxItems() != null && value.size() > schema.getMaxItems()) {
					errors.add(path + " has more than " + schema.getMaxItems() + " items");
				}
				for (int i = 0; i < value.size(); i++) {
					validate(path + "[" + i + "]", value.get(i), schema.getItems(), errors);
				}
			}
			case "string" -> {
				if (!value.isString()) {
					errors.add(path + " is not a string");
					return;
				}
				String text = value.asString();
				if (schema.getMaxLength() != null && text.length() > schema.getMaxLength()) {
					errors.add(path + " is longer than " + schema.getMaxLength());
				}
				if (schema.getEnum() != null && !schema.getEnum().contains(text)) {
					errors.add(path + " is '" + text + "', not one of " + schema.getEnum());
				}
				if ("date".equals(schema.getFormat()) && !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
					errors.add(path + " is not a date");
				}
				if ("date-time".equals(schema.getFormat()) && !text.matches("\\d{4}-\\d{2}-\\d{2}T.+")) {
					errors.add(path + " is not a date-time");
				}
			}
			case "integer" -> {
				if (!value.isIntegralNumber()) {
					errors.add(path + " is not an integer");
					return;
				}
				range(path, value.decimalValue(), schema, errors);
			}
			case "number" -> {
				if (!value.isNumber()) {
					errors.add(path + " is not a number");
					return;
				}
				range(path, value.decimalValue(), schema, errors);
			}
			case "boolean" -> {
				if (!value.isBoolean()) {
					errors.add(path + " is not a boolean");
				}
			}
			default -> errors.add(path + " has an unknown schema type " + type);
		}
	}

	private static void range(String path, BigDecimal number, Schema<?> schema, List<String> errors) {
		if (schema.getMinimum() != null && number.compareTo(schema.getMinimum()) < 0) {
			errors.add(path + " is below " + schema.getMinimum());
		}
		if (schema.getMaximum() != null && number.compareTo(schema.getMaximum()) > 0) {
			errors.add(path + " is above " + schema.getMaximum());
		}
	}

	private static String type(Schema<?> schema) {
		if (schema.getType() != null) {
			return schema.getType();
		}
		if (schema.getProperties() != null) {
			return "object";
		}
		return null;
	}

}
