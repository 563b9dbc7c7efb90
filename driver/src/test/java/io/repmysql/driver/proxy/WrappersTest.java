package io.repmysql.driver.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class WrappersTest {

    /** A small JDBC-like interface: some methods carry state, the rest pass through. */
    public interface Account {
        String owner() throws SQLException;

        long deposit(long amount, String memo) throws SQLException;

        void fail() throws SQLException;

        String describe() throws SQLException;

        /** Like JDBC's default methods: a placeholder body the physical object overrides. */
        default String nickname() throws SQLException {
            throw new SQLException("placeholder body of the interface");
        }

        /** A default method the hand-written wrapper overrides. */
        default String label() throws SQLException {
            return "interface label";
        }
    }

    /** The hand-written part: only describe() and the delegate. */
    public abstract static class AccountWrapper implements Account {
        private final Account delegate;
        private final String label;

        protected AccountWrapper(Account delegate, String label) {
            this.delegate = delegate;
            this.label = label;
        }

        protected Account delegate() {
            return delegate;
        }

        @Override
        public String describe() {
            return label;
        }

        @Override
        public String label() {
            return "wrapper label";
        }
    }

    private static final class Physical implements Account {
        long balance;

        @Override
        public String owner() {
            return "physical";
        }

        @Override
        public long deposit(long amount, String memo) {
            balance += amount;
            return balance;
        }

        @Override
        public void fail() throws SQLException {
            throw new SQLException("from the physical object", "08S01");
        }

        @Override
        public String describe() {
            return "physical describe";
        }

        @Override
        public String nickname() {
            return "physical nickname";
        }

        @Override
        public String label() {
            return "physical label";
        }
    }

    @Test
    void everyMethodNotWrittenByHand_runsOnTheDelegateWithItsArguments() throws SQLException {
        Physical physical = new Physical();
        Account wrapper = Wrappers.create(AccountWrapper.class, physical, "logical");

        assertThat(wrapper.owner()).isEqualTo("physical");
        assertThat(wrapper.deposit(5, "a")).isEqualTo(5);
        assertThat(wrapper.deposit(7, "b")).isEqualTo(12);
        assertThat(physical.balance).isEqualTo(12);
    }

    @Test
    void defaultMethodsOfTheInterface_runOnTheDelegate_notThePlaceholderBody() throws SQLException {
        Account wrapper = Wrappers.create(AccountWrapper.class, new Physical(), "logical");

        assertThat(wrapper.nickname()).isEqualTo("physical nickname");
    }

    @Test
    void defaultMethodsWrittenByHand_win() throws SQLException {
        Account wrapper = Wrappers.create(AccountWrapper.class, new Physical(), "logical");

        assertThat(wrapper.label()).isEqualTo("wrapper label");
    }

    @Test
    void handWrittenMethods_win() throws SQLException {
        Account wrapper = Wrappers.create(AccountWrapper.class, new Physical(), "logical");

        assertThat(wrapper.describe()).isEqualTo("logical");
    }

    @Test
    void checkedExceptions_passThroughUnchanged() throws SQLException {
        Account wrapper = Wrappers.create(AccountWrapper.class, new Physical(), "logical");

        assertThatThrownBy(wrapper::fail).isInstanceOf(SQLException.class).hasMessage("from the physical object");
    }

    @Test
    void theClassIsGeneratedOnce_finalAndNamedAfterItsBase() throws SQLException {
        Account first = Wrappers.create(AccountWrapper.class, new Physical(), "a");
        Account second = Wrappers.create(AccountWrapper.class, new Physical(), "b");

        assertThat(first.getClass()).isSameAs(second.getClass());
        assertThat(first.getClass().getName()).isEqualTo(AccountWrapper.class.getName() + "$Generated");
        assertThat(Modifier.isFinal(first.getClass().getModifiers())).isTrue();
        assertThat(first.getClass().getSuperclass()).isSameAs(AccountWrapper.class);
    }

    /** Used by one test only, so its class is generated under contention. */
    public abstract static class ContendedWrapper implements Account {
        private final Account delegate;

        protected ContendedWrapper(Account delegate) {
            this.delegate = delegate;
        }

        protected Account delegate() {
            return delegate;
        }
    }

    @Test
    void manyThreadsAskingForANewWrapperAtOnce_getOneClass() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Class<?>>> classes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                classes.add(pool.submit(() -> {
                    start.await();
                    return Wrappers.create(ContendedWrapper.class, new Physical()).getClass();
                }));
            }
            start.countDown();
            Set<Class<?>> distinct = new HashSet<>();
            for (Future<Class<?>> generated : classes) {
                distinct.add(generated.get(30, TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Without delegate() there is nothing to pass through to. */
    public abstract static class NoDelegate implements Account {
        protected NoDelegate() {
        }
    }

    @Test
    void baseWithoutDelegateMethod_isRejected() {
        assertThatThrownBy(() -> Wrappers.create(NoDelegate.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("declares no delegate() method");
    }
}
