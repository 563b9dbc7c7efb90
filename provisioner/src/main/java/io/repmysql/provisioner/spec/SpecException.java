package io.repmysql.provisioner.spec;

import java.util.List;
import java.util.stream.Collectors;

/** A cluster file that cannot be used, with every problem found in it. */
public class SpecException extends RuntimeException {

    private final String source;
    private final transient List<SpecError> errors;

    public SpecException(String source, List<SpecError> errors) {
        super(render(source, errors));
        this.source = source;
        this.errors = List.copyOf(errors);
    }

    public String source() {
        return source;
    }

    public List<SpecError> errors() {
        return errors;
    }

    private static String render(String source, List<SpecError> errors) {
        String heading = errors.size() == 1
                ? source + ": 1 problem"
                : source + ": " + errors.size() + " problems";
        return errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n", heading + "\n", ""));
    }
}
