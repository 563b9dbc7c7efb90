package io.repmysql.provisioner.spec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A mapping of the cluster file with its YAML path. Reads typed values with defaults and records every
 * problem in a shared list instead of stopping at the first, so a user sees all of them at once.
 */
final class YamlSection {

    private final String path;
    private final Map<?, ?> values;
    private final List<SpecError> errors;

    private YamlSection(String path, Map<?, ?> values, List<SpecError> errors) {
        this.path = path;
        this.values = values;
        this.errors = errors;
    }

    /** The section at {@code path}, after reporting keys outside {@code validKeys}. */
    static YamlSection of(String path, Map<?, ?> values, List<SpecError> errors, List<String> validKeys) {
        YamlSection section = new YamlSection(path, values, errors);
        section.reportUnknownKeys(validKeys);
        return section;
    }

    static YamlSection empty(String path, List<SpecError> errors) {
        return new YamlSection(path, Map.of(), errors);
    }

    String path() {
        return path;
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    Object raw(String key) {
        return values.get(key);
    }

    void error(String key, String message) {
        errors.add(new SpecError(pathOf(key), message));
    }

    /** A nested mapping; absent or null gives an empty section, so every key in it takes its default. */
    YamlSection section(String key, List<String> validKeys) {
        Object value = values.get(key);
        if (value == null) {
            return empty(pathOf(key), errors);
        }
        if (!(value instanceof Map<?, ?> map)) {
            error(key, "expected a mapping of " + String.join(", ", validKeys) + ", got " + describe(value));
            return empty(pathOf(key), errors);
        }
        return of(pathOf(key), map, errors, validKeys);
    }

    int integer(String key, int defaultValue, String expected) {
        Object value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        if ((value instanceof Integer) || (value instanceof Long l && l == l.intValue())) {
            return ((Number) value).intValue();
        }
        error(key, "expected " + expected + ", got " + describe(value));
        return defaultValue;
    }

    int port(String key, int defaultValue) {
        return integer(key, defaultValue, "a whole number from 1 to 65535");
    }

    boolean bool(String key, boolean defaultValue) {
        Object value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        error(key, "expected true or false, got " + describe(value));
        return defaultValue;
    }

    String string(String key, String defaultValue) {
        Object value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof String s) {
            return s;
        }
        error(key, "expected a string, got " + describe(value) + "; put it in quotes if it is meant as text");
        return defaultValue;
    }

    /** Like {@link #string}, but a wrong value is never echoed: it may be a password. */
    String secret(String key) {
        Object value = values.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        error(key, "expected a string, got " + kind(value) + "; put the password in quotes");
        return null;
    }

    <E extends Enum<E>> E choice(String key, E defaultValue, Class<E> type) {
        Object value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            String name = constant.name().toLowerCase(Locale.ROOT);
            names.add(name);
            if (name.equals(value)) {
                return constant;
            }
        }
        error(key, "expected one of " + String.join(", ", names) + ", got " + describe(value));
        return defaultValue;
    }

    /** A list of mappings, or {@code null} when the key is absent or null. */
    List<YamlSection> listOfSections(String key, List<String> validKeys, String example) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            error(key, "expected a list of mappings like " + example + ", got " + describe(value));
            return null;
        }
        List<YamlSection> sections = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String itemPath = pathOf(key) + "[" + i + "]";
            if (list.get(i) instanceof Map<?, ?> map) {
                sections.add(of(itemPath, map, errors, validKeys));
            } else {
                errors.add(new SpecError(itemPath, "expected a mapping like " + example + ", got "
                        + describe(list.get(i))));
            }
        }
        return sections;
    }

    private void reportUnknownKeys(List<String> validKeys) {
        Set<String> valid = Set.copyOf(validKeys);
        for (Object key : values.keySet()) {
            if (!(key instanceof String name)) {
                errors.add(new SpecError(path, "key " + describe(key) + " is not a name; valid keys: "
                        + String.join(", ", validKeys)));
            } else if (!valid.contains(name)) {
                String hint = KeySuggestion.nearest(name, validKeys)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("valid keys: " + String.join(", ", validKeys));
                errors.add(new SpecError(pathOf(name), "unknown key; " + hint));
            }
        }
    }

    static String describe(Object value) {
        if (value instanceof String s) {
            return "'" + s + "'";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return kind(value);
    }

    private static String kind(Object value) {
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Boolean) {
            return "true/false";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return "a number";
        }
        if (value instanceof Number) {
            return "a decimal number";
        }
        if (value instanceof String) {
            return "a string";
        }
        return "a " + value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
