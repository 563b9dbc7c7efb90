package io.repmysql.spring;

import io.repmysql.driver.RepMySqlDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

class RepMySqlAutoConfigurationTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RepMySqlAutoConfiguration.class))
            .withBean(DataSource.class, RepMySqlAutoConfigurationTest::dataSource);

    @Test
    void webApplication_getsTheFilterTheHealthIndicatorAndTheMeters_withoutTouchingTheDatabase() {
        web.run(context -> {
            assertThat(context).hasSingleBean(RepMySqlCluster.class).hasSingleBean(RepMySqlMeters.class);
            assertThat(context).hasBean("repmysqlHealthIndicator");
            FilterRegistrationBean<?> registration = context.getBean(FilterRegistrationBean.class);
            assertThat(registration.getFilter()).isInstanceOf(CausalTokenFilter.class);
            assertThat(registration.getOrder()).isEqualTo(RepMySqlAutoConfiguration.FILTER_ORDER);
        });
    }

    @Test
    void causalTokenDisabled_noFilter() {
        web.withPropertyValues("repmysql.causal-token.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class)
                        .hasBean("repmysqlHealthIndicator"));
    }

    @Test
    void healthIndicatorDisabled_noIndicator() {
        web.withPropertyValues("management.health.repmysql.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("repmysqlHealthIndicator"));
    }

    @Test
    void applicationWithoutAWebServer_noFilter_butHealthAndMeters() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RepMySqlAutoConfiguration.class))
                .withBean(DataSource.class, RepMySqlAutoConfigurationTest::dataSource)
                .run(context -> assertThat(context).doesNotHaveBean(FilterRegistrationBean.class)
                        .hasBean("repmysqlHealthIndicator").hasSingleBean(RepMySqlMeters.class));
    }

    @Test
    void autoConfiguration_isListedForSpringBoot() throws Exception {
        try (var imports = getClass().getResourceAsStream(
                "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(new String(imports.readAllBytes()).strip()).isEqualTo(RepMySqlAutoConfiguration.class.getName());
        }
    }

    /** Nothing listens at this address: the auto-configuration must not need the database to start. */
    private static DataSource dataSource() {
        RepMySqlDataSource dataSource = new RepMySqlDataSource();
        dataSource.setUrl("jdbc:repmysql://127.0.0.1:1/app?consistency=causal");
        return dataSource;
    }
}
