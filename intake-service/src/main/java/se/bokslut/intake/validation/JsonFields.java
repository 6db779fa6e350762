package se.bokslut.intake.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads typed fields out of one JSON object and collects a {@link Violation} for every field that is missing, of the
 * wrong type or outside its allowed values, so a sender learns about all problems of a request at once.
 */
public final class JsonFields {

    private final ObjectNode object;
    private final String path;
    private final List<Violation> violations;

    private JsonFields(ObjectNode object, String path, List<Violation> violations) {
        this.object = object;
        this.path = path;
        this.violations = violations;
    }

    public static JsonFields of(ObjectNode object) {
        return new JsonFields(object, "", new ArrayList<>());
    }

    /** Reads a nested object, reporting into the same list of violations. */
    public JsonFields nested(String name, ObjectNode nested) {
        return new JsonFields(nested, field(name), violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    public void reject(String name, String message) {
        violations.add(new Violation(field(name), message));
    }

    public boolean isPresent(String name) {
        JsonNode node = object.get(name);
        return node != null && !node.isNull();
    }

    public void rejectUnknown(Set<String> allowed) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                reject(name, "is not a field of this contract");
            }
        }
    }

    /** Rejects each present field of the given names with the given reason. */
    public void rejectPresent(Set<String> names, String message) {
        names.stream().filter(this::isPresent).sorted().forEach(name -> reject(name, message));
    }

    public String text(String name, boolean required, Pattern format, String formatMessage) {
        JsonNode node = value(name, required);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            reject(name, "must be a string");
            return null;
        }
        String text = node.textValue();
        if (format != null && !format.matcher(text).matches()) {
            reject(name, formatMessage);
            return null;
        }
        if (PersonalIdentityNumbers.containsOne(text)) {
            reject(name, "looks like a Swedish personal identity number (personnummer or samordningsnummer); "
                    + "send the case system's pseudonym instead");
            return null;
        }
        return text;
    }

    public UUID uuid(String name, boolean required) {
        JsonNode node = value(name, required);
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            try {
                UUID uuid = UUID.fromString(node.textValue());
                if (uuid.toString().equalsIgnoreCase(node.textValue())) {
                    return uuid;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        reject(name, "must be a UUID such as 0b8e5c1e-4a5f-4d0e-9a57-0d6c4f3b9a10");
        return null;
    }

    public LocalDate date(String name, boolean required, LocalDate earliest, LocalDate latest) {
        JsonNode node = value(name, required);
        if (node == null) {
            return null;
        }
        LocalDate date = null;
        if (node.isTextual() && node.textValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                date = LocalDate.parse(node.textValue());
            } catch (DateTimeException e) {
                // reported below
            }
        }
        if (date == null) {
            reject(name, "must be an ISO date such as 2019-05-14");
            return null;
        }
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            reject(name, "must be between " + earliest + " and " + latest);
            return null;
        }
        return date;
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
        JsonNode node = value(name, required);
        if (node == null) {
            return null;
        }
        E value = node.isTextual() ? parseEnum(type, node.textValue()) : null;
        if (value == null) {
            reject(name, "must be one of " + allowedValues(type));
        }
        return value;
    }

    public Integer integer(String name, boolean required, int min, int max) {
        JsonNode node = value(name, required);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            reject(name, "must be a whole number");
            return null;
        }
        int value = node.intValue();
        if (value < min || value > max) {
            reject(name, "must be between " + min + " and " + max);
            return null;
        }
        return value;
    }

    public Boolean bool(String name, boolean required) {
        JsonNode node = value(name, required);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            reject(name, "must be true or false");
            return null;
        }
        return node.booleanValue();
    }

    public ObjectNode object(String name, boolean required) {
        JsonNode node = value(name, required);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            reject(name, "must be an object");
            return null;
        }
        return (ObjectNode) node;
    }

    /** A list whose items are read by {@code item}; null items and duplicates are rejected. */
    public <T> List<T> list(String name, int maxSize, Function<JsonNode, T> item, String itemMessage) {
        JsonNode node = value(name, false);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            reject(name, "must be an array");
            return List.of();
        }
        if (node.size() > maxSize) {
            reject(name, "must have at most " + maxSize + " items");
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            T value = item.apply(node.get(i));
            if (value == null) {
                violations.add(new Violation(field(name) + "[" + i + "]", itemMessage));
            } else if (values.contains(value)) {
                violations.add(new Violation(field(name) + "[" + i + "]", "is listed twice"));
            } else {
                values.add(value);
            }
        }
        return values;
    }

    public static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        return null;
    }

    public static <E extends Enum<E>> String allowedValues(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private JsonNode value(String name, boolean required) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                reject(name, "is required");
            }
            return null;
        }
        return node;
    }

    private String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
