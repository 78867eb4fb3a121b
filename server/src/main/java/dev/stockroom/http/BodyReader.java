package dev.stockroom.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockroom.common.InvalidInputException;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.common.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads a JSON object field by field, collecting every violation with class-validator's wording and nested paths
 * ({@code variants.0.options.1.name must be a string}); {@link #finish} throws them all at once. Fields the
 * reader is not asked for are ignored, so unknown properties are never stored.
 */
final class BodyReader {
    /** PostgreSQL text cannot hold U+0000; refused on every backend so that both answer alike. */
    static final String NO_NUL = "must not contain NUL characters";

    private final JsonNode node;
    private final String prefix;
    private final List<String> errors;

    private BodyReader(JsonNode node, String prefix, List<String> errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
    }

    static BodyReader of(JsonNode object) {
        return new BodyReader(object, "", new ArrayList<>());
    }

    /** Throws every violation found so far, if any. */
    void finish() {
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }

    void error(String name, String problem) {
        errors.add(path(name) + " " + problem);
    }

    /** Violations found apart (for example by {@link RuleJson}), already under their full paths. */
    void addErrors(List<String> messages) {
        errors.addAll(messages);
    }

    private String path(String name) {
        return prefix + name;
    }

    // ---- strings

    String requiredString(String name, int maxLength) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            error(name, "should not be empty");
            error(name, "must be a string");
            return null;
        }
        Field<String> field = string(name, value, maxLength);
        if (field.state() == Field.State.VALUE && field.value().isEmpty()) {
            error(name, "should not be empty");
            return null;
        }
        return field.value();
    }

    Field<String> optionalString(String name, int maxLength) {
        JsonNode value = node.get(name);
        if (value == null) return Field.absent();
        if (value.isNull()) return Field.cleared();
        return string(name, value, maxLength);
    }

    private Field<String> string(String name, JsonNode value, int maxLength) {
        if (!value.isTextual()) {
            error(name, "must be a string");
            return Field.absent();
        }
        String text = value.textValue();
        if (text.length() > maxLength) {
            error(name, "must be shorter than or equal to " + maxLength + " characters");
            return Field.absent();
        }
        if (hasUnpairedSurrogate(text)) {
            error(name, "must be a valid UTF-8 string");
            return Field.absent();
        }
        if (text.indexOf('\0') >= 0) {
            error(name, NO_NUL);
            return Field.absent();
        }
        return Field.of(text);
    }

    /** A string field with an extra rule, for example a slug or a mongodb id. */
    Field<String> optionalString(String name, int maxLength, Predicate<String> rule, String problem) {
        Field<String> field = optionalString(name, maxLength);
        if (field.state() == Field.State.VALUE && !rule.test(field.value())) {
            error(name, problem);
            return Field.absent();
        }
        return field;
    }

    /** Ids are compared in lowercase, as they are generated. */
    Field<String> optionalMongoId(String name) {
        Field<String> id = optionalString(name, 24, ObjectIds::isValid, "must be a mongodb id");
        return id.state() == Field.State.VALUE ? Field.of(id.value().toLowerCase(Locale.ROOT)) : id;
    }

    // ---- numbers

    /** A decimal of at least {@code min}, kept exact (the body is parsed with BigDecimal for every float). */
    Field<BigDecimal> optionalDecimal(String name, BigDecimal min) {
        JsonNode value = node.get(name);
        if (value == null) return Field.absent();
        if (value.isNull()) return Field.cleared();
        if (!value.isNumber()) {
            error(name, "must be a number conforming to the specified constraints");
            return Field.absent();
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(min) < 0) {
            error(name, "must not be less than " + min.toPlainString());
            return Field.absent();
        }
        if (!Decimals.isWithinBounds(number)) {
            error(name, "must have at most " + Decimals.MAX_SCALE + " decimal places and " + Decimals.MAX_PRECISION
                    + " digits");
            return Field.absent();
        }
        return Field.of(Decimals.normalize(number));
    }

    BigDecimal requiredDecimal(String name, BigDecimal min) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            error(name, "must be a number conforming to the specified constraints");
            return null;
        }
        return optionalDecimal(name, min).value();
    }

    /** A whole number of at least {@code min}. */
    Field<Long> optionalInteger(String name, long min) {
        JsonNode value = node.get(name);
        if (value == null) return Field.absent();
        if (value.isNull()) return Field.cleared();
        boolean whole = value.isIntegralNumber()
                || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
        if (!whole || value.decimalValue().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            error(name, "must be an integer number");
            return Field.absent();
        }
        long number = value.decimalValue().longValueExact();
        if (number < min) {
            error(name, "must not be less than " + min);
            return Field.absent();
        }
        return Field.of(number);
    }

    // ---- booleans and enums

    Field<Boolean> optionalBoolean(String name) {
        JsonNode value = node.get(name);
        if (value == null) return Field.absent();
        if (value.isNull()) return Field.cleared();
        if (!value.isBoolean()) {
            error(name, "must be a boolean value");
            return Field.absent();
        }
        return Field.of(value.booleanValue());
    }

    /** An enum given as a string; {@code allowed} lists the wire values for the message. */
    <E> Field<E> optionalEnum(String name, Function<String, Optional<E>> parse, List<String> allowed) {
        JsonNode value = node.get(name);
        if (value == null) return Field.absent();
        if (value.isNull()) return Field.cleared();
        Optional<E> parsed = value.isTextual() ? parse.apply(value.textValue()) : Optional.empty();
        if (parsed.isEmpty()) {
            error(name, "must be one of the following values: " + String.join(", ", allowed));
            return Field.absent();
        }
        return Field.of(parsed.get());
    }

    <E> E requiredEnum(String name, Function<String, Optional<E>> parse, List<String> allowed) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            error(name, "must be one of the following values: " + String.join(", ", allowed));
            error(name, "should not be empty");
            return null;
        }
        return optionalEnum(name, parse, allowed).value();
    }

    // ---- nested objects and arrays

    /** A nested object, read by {@code reader} with this field's path as prefix. */
    <T> Field<T> optionalObject(String name, Function<BodyReader, T> reader) {
        JsonNode value = node.get(name);
        if (value == null) return Field.absent();
        if (value.isNull()) return Field.cleared();
        if (!value.isObject()) {
            errors.add("nested property " + path(name) + " must be either object or array");
            return Field.absent();
        }
        int before = errors.size();
        T result = reader.apply(new BodyReader(value, path(name) + ".", errors));
        return errors.size() == before ? Field.of(result) : Field.absent();
    }

    /** An array of objects, each read by {@code reader} with the path {@code name.index.}. */
    <T> Field<List<T>> optionalObjectArray(String name, int maxItems, BiFunction<BodyReader, Integer, T> reader) {
        JsonNode value = node.get(name);
        Field<List<T>> shape = arrayShape(name, value, maxItems);
        if (shape != null) return shape;
        int before = errors.size();
        List<T> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isObject()) {
                errors.add("nested property " + path(name) + "." + i + " must be either object or array");
                continue;
            }
            items.add(reader.apply(new BodyReader(element, path(name) + "." + i + ".", errors), i));
        }
        return errors.size() == before ? Field.of(items) : Field.absent();
    }

    /** An array of strings, each checked by {@code rule} ({@code problem} completes "each value in NAME ..."). */
    Field<List<String>> optionalStringArray(String name, int maxItems, Predicate<String> rule, String problem) {
        return optionalStringArray(name, maxItems, Limits.SHORT_TEXT, rule, problem);
    }

    /** The same, with values of at most {@code maxLength} characters. */
    Field<List<String>> optionalStringArray(
            String name, int maxItems, int maxLength, Predicate<String> rule, String problem) {
        JsonNode value = node.get(name);
        Field<List<String>> shape = arrayShape(name, value, maxItems);
        if (shape != null) return shape;
        List<String> items = new ArrayList<>(value.size());
        boolean notString = false;
        boolean nul = false;
        boolean broken = false;
        for (JsonNode element : value) {
            if (!element.isTextual() || element.textValue().length() > maxLength) {
                notString = true;
            } else if (element.textValue().indexOf('\0') >= 0) {
                nul = true;
            } else if (!rule.test(element.textValue())) {
                broken = true;
            } else {
                items.add(element.textValue());
            }
        }
        if (notString) errors.add("each value in " + path(name) + " must be a string");
        if (nul) errors.add("each value in " + path(name) + " " + NO_NUL);
        if (broken) errors.add("each value in " + path(name) + " " + problem);
        return notString || nul || broken ? Field.absent() : Field.of(items);
    }

    Field<List<String>> optionalMongoIdArray(String name, int maxItems) {
        Field<List<String>> ids = optionalStringArray(name, maxItems, ObjectIds::isValid, "must be a mongodb id");
        if (ids.state() != Field.State.VALUE) return ids;
        return Field.of(ids.value().stream().map(id -> id.toLowerCase(Locale.ROOT)).toList());
    }

    /** Null when the value is a usable array; otherwise the field to return (absent, cleared or refused). */
    private <T> Field<List<T>> arrayShape(String name, JsonNode value, int maxItems) {
        if (value == null) return Field.absent();
        if (value.isNull()) return Field.cleared();
        if (!value.isArray()) {
            error(name, "must be an array");
            return Field.absent();
        }
        if (value.size() > maxItems) {
            error(name, "must contain no more than " + maxItems + " elements");
            return Field.absent();
        }
        return null;
    }

    /**
     * This object with only the named properties, for a schema that has fewer fields than a shared reader reads: the
     * others are then ignored like any unknown property. Paths and collected violations are shared.
     */
    BodyReader only(List<String> names) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            if (node.has(name)) kept.set(name, node.get(name));
        }
        return new BodyReader(kept, prefix, errors);
    }

    /** The raw node, for fields with more than one accepted shape. */
    JsonNode raw(String name) {
        return node.get(name);
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) return true;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
