package io.repmysql.driver.proxy;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.TypeManifestation;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.MethodCall;
import net.bytebuddy.matcher.ElementMatchers;

import io.repmysql.driver.SqlStates;

/**
 * How wrappers are made. A wrapper class is a hand-written abstract class that implements only the JDBC methods
 * carrying state, plus one {@code delegate()} method answering the physical object of the moment. For each such
 * class this generates, once, a concrete subclass whose every remaining interface method calls the same method on
 * {@code delegate()}: plain bytecode, no reflection and no allocation per call. "Remaining" includes the
 * interfaces' default methods: JDBC's are placeholders (setObject with an SQLType throws, getLargeMaxRows answers
 * 0) that the physical driver overrides, so running them on the wrapper would answer the JDK instead of it.
 *
 * <p>Swapping the proxy mechanism touches this class only.
 */
public final class Wrappers {

    /** The method every wrapper base class declares to name its current physical target. */
    public static final String DELEGATE_METHOD = "delegate";

    /** Generates each class once: ClassValue may compute concurrently, a second definition would fail. */
    private static final Map<Class<?>, MethodHandle> GENERATED = new ConcurrentHashMap<>();

    /** The lock-free lookup in front of {@link #GENERATED}: each class's constructor, typed as the base's. */
    private static final ClassValue<MethodHandle> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> base) {
            return GENERATED.computeIfAbsent(base, Wrappers::generate);
        }
    };

    /** {@link #CONSTRUCTORS} taking its arguments as one array, for {@link #create}. */
    private static final ClassValue<MethodHandle> SPREAD_CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> base) {
            MethodHandle constructor = CONSTRUCTORS.get(base);
            return constructor.asSpreader(Object[].class, constructor.type().parameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        }
    };

    private Wrappers() {
    }

    /**
     * A new instance of the generated subclass of {@code base}, built by the base's only constructor. For objects
     * made once per statement or result set, hold {@link #constructor} in a static final field instead.
     *
     * @throws SQLException (SQLState HY000) when the constructor throws a checked exception
     */
    public static <T> T create(Class<T> base, Object... arguments) throws SQLException {
        try {
            return base.cast((Object) SPREAD_CONSTRUCTORS.get(base).invokeExact(arguments));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw failed(base, e);
        }
    }

    /**
     * The constructor of {@code base}'s generated subclass, of type (the base constructor's parameters) → base.
     * Held in a static final field and called with {@code invokeExact}, the JIT compiles it to a plain allocation:
     * no argument array, no lookup.
     */
    public static MethodHandle constructor(Class<?> base) {
        return CONSTRUCTORS.get(base);
    }

    /** What a caller of {@link #constructor}'s handle throws when the constructor threw a checked exception. */
    public static SQLException failed(Class<?> base, Throwable cause) {
        return new SQLException("Could not create a " + base.getSimpleName() + " wrapper", SqlStates.GENERAL_ERROR,
                cause);
    }

    private static MethodHandle generate(Class<?> base) {
        Method delegate = delegateMethod(base);
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(base, MethodHandles.lookup());
            Class<?> generated = new ByteBuddy()
                    .subclass(base, ConstructorStrategy.Default.IMITATE_SUPER_CLASS)
                    .name(base.getName() + "$Generated")
                    .modifiers(Visibility.PUBLIC, TypeManifestation.FINAL)
                    .method(ElementMatchers.isAbstract().or(ElementMatchers.isDefaultMethod()))
                    .intercept(MethodCall.invokeSelf().onMethodCall(MethodCall.invoke(delegate)).withAllArguments())
                    .make()
                    .load(base.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(lookup))
                    .getLoaded();
            Class<?>[] parameters = onlyConstructor(base).getParameterTypes();
            return lookup.findConstructor(generated, MethodType.methodType(void.class, parameters))
                    .asType(MethodType.methodType(base, parameters));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot generate the wrapper for " + base.getName(), e);
        }
    }

    private static Method delegateMethod(Class<?> base) {
        for (Class<?> type = base; type != null; type = type.getSuperclass()) {
            Method found = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> m.getName().equals(DELEGATE_METHOD) && m.getParameterCount() == 0 && !m.isBridge())
                    .filter(m -> !Modifier.isPrivate(m.getModifiers()))
                    .findFirst().orElse(null);
            if (found != null) {
                return found;
            }
        }
        throw new IllegalArgumentException(base.getName() + " declares no " + DELEGATE_METHOD + "() method");
    }

    private static Constructor<?> onlyConstructor(Class<?> base) {
        Constructor<?>[] constructors = base.getDeclaredConstructors();
        if (constructors.length != 1) {
            throw new IllegalArgumentException(base.getName() + " must declare exactly one constructor");
        }
        return constructors[0];
    }
}
