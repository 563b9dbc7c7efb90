package io.repmysql.driver.routing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one SQL string is, independent of any connection: where it would go on a fresh autocommit session, why,
 * and what it changes. Immutable and cached per string by {@link StatementClassifier}.
 *
 * @param target    where it goes outside a transaction
 * @param reason    the rule that chose the target
 * @param effects   what it does to the session (transactions, temporary tables, variables)
 * @param names     lower-case table or user-variable names the effects refer to
 * @param replayKey for a session statement: the variables it assigns, so a later statement that assigns the same
 *                  ones replaces it in the replay list; null when it must never be replaced (its value reads a
 *                  variable, as in {@code SET @n = @n + 1})
 * @param parts     for several statements in one string: each of them, in order; empty otherwise
 */
public record Classification(Target target, Reason reason, Set<Effect> effects, List<String> names,
                             String replayKey, List<Classification> parts) {

    static final Classification READ = new Classification(Target.READER, Reason.READ_STATEMENT);
    static final Classification WRITE = new Classification(Target.WRITER, Reason.WRITE_STATEMENT);
    static final Classification UNCLASSIFIED = new Classification(Target.WRITER, Reason.UNCLASSIFIED);

    public Classification {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        effects = effects.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(effects));
        names = List.copyOf(names);
        parts = List.copyOf(parts);
    }

    Classification(Target target, Reason reason) {
        this(target, reason, Set.of(), List.of(), null, List.of());
    }

    static Classification of(Target target, Reason reason, Effect effect, List<String> names) {
        return new Classification(target, reason, EnumSet.of(effect), names, null, List.of());
    }

    boolean has(Effect effect) {
        return !effects.isEmpty() && effects.contains(effect);
    }
}
