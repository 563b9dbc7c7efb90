package io.repmysql.provisioner.spec;

import java.nio.file.Path;
import java.util.List;

/** Parse and validate in one step, for callers that need a usable spec or every reason why not. */
public final class ClusterSpecs {

    private ClusterSpecs() {
    }

    /** @throws SpecException with every parse or validation error of the file */
    public static ClusterSpec load(Path file) {
        return validated(new ClusterSpecParser().parse(file), file.toString());
    }

    public static ClusterSpec load(String yaml, String sourceName) {
        return validated(new ClusterSpecParser().parse(yaml, sourceName), sourceName);
    }

    private static ClusterSpec validated(ClusterSpec spec, String sourceName) {
        List<SpecError> errors = new ClusterSpecValidator().validate(spec);
        if (!errors.isEmpty()) {
            throw new SpecException(sourceName, errors);
        }
        return spec;
    }
}
