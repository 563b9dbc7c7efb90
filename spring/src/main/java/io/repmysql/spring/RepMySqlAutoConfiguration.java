package io.repmysql.spring;

import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.Filter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;

/**
 * repmysql for a Spring Boot application whose DataSource is a {@code jdbc:repmysql:} one; nothing to write in the
 * application. Each part switches off by itself when the application lacks what it needs (a servlet web
 * application, the health module, Micrometer) or by property:
 * <ul>
 *   <li>{@code repmysql.causal-token.enabled} (default true): {@link CausalTokenFilter};</li>
 *   <li>{@code repmysql.causal-token.cookie} (default true): the filter also reads and sets the cookie;</li>
 *   <li>{@code management.health.repmysql.enabled} (default true): {@link RepMySqlHealthIndicator}.</li>
 * </ul>
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(DataSource.class)
public class RepMySqlAutoConfiguration {

    /** Runs before filters that may read the database (Spring Security's user lookup, say). */
    public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 30;

    @Bean
    @ConditionalOnMissingBean
    RepMySqlCluster repMySqlCluster(ObjectProvider<DataSource> dataSource) {
        return new RepMySqlCluster(dataSource::getIfUnique);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass({Filter.class, FilterRegistrationBean.class})
    @ConditionalOnProperty(name = "repmysql.causal-token.enabled", matchIfMissing = true)
    static class CausalTokens {

        @Bean
        FilterRegistrationBean<CausalTokenFilter> repMySqlCausalTokenFilter(RepMySqlCluster cluster,
                Environment environment) {
            boolean cookie = environment.getProperty("repmysql.causal-token.cookie", Boolean.class, true);
            FilterRegistrationBean<CausalTokenFilter> registration =
                    new FilterRegistrationBean<>(new CausalTokenFilter(cluster, cookie));
            registration.setOrder(FILTER_ORDER);
            return registration;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("repmysql")
    static class Health {

        @Bean
        @ConditionalOnMissingBean(name = "repmysqlHealthIndicator")
        RepMySqlHealthIndicator repmysqlHealthIndicator(RepMySqlCluster cluster, ObjectProvider<DataSource> dataSource) {
            return new RepMySqlHealthIndicator(cluster, dataSource::getIfUnique);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class Metrics {

        @Bean
        RepMySqlMeters repMySqlMeters(RepMySqlCluster cluster) {
            return new RepMySqlMeters(cluster);
        }
    }
}
