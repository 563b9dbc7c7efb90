package io.repmysql.benchmarks.classify;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import io.repmysql.driver.routing.Classification;
import io.repmysql.driver.routing.StatementClassifier;

/**
 * The driver's classifier. {@link #cached()} is what the driver runs: {@code classify(String)}, whose cache answers
 * an application's repeated SQL strings. {@link #cold()} is the lexer alone on every call, what a statement costs
 * the first time it is seen; it calls the package-private {@code classifyUncached} through a method handle, which
 * the JIT inlines like a direct call.
 */
public final class RepMySqlSplit implements SplitClassifier {

    private static final MethodHandle UNCACHED = uncachedHandle();

    private final String name;
    private final StatementClassifier classifier;

    private RepMySqlSplit(String name, StatementClassifier classifier) {
        this.name = name;
        this.classifier = classifier;
    }

    public static RepMySqlSplit cached() {
        return new RepMySqlSplit("repmysql (cached, as the driver runs)", new StatementClassifier());
    }

    public static RepMySqlSplit cold() {
        return new RepMySqlSplit("repmysql (lexer alone, no cache)", null);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Route route(String sql) {
        return switch (classify(sql).target()) {
            case READER -> Route.READ;
            case WRITER -> Route.WRITE;
            case BOTH -> Route.BOTH;
        };
    }

    private Classification classify(String sql) {
        if (classifier != null) {
            return classifier.classify(sql);
        }
        try {
            return (Classification) UNCACHED.invokeExact(sql);
        } catch (Throwable e) {
            throw new IllegalStateException("classifyUncached failed on " + sql, e);
        }
    }

    private static MethodHandle uncachedHandle() {
        try {
            return MethodHandles.privateLookupIn(StatementClassifier.class, MethodHandles.lookup()).findStatic(
                    StatementClassifier.class, "classifyUncached", MethodType.methodType(Classification.class,
                            String.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("StatementClassifier.classifyUncached(String) is gone: update "
                    + "RepMySqlSplit to the driver's uncached entry point", e);
        }
    }
}
