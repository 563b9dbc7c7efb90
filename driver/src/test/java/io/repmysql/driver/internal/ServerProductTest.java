package io.repmysql.driver.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerProductTest {

    @Test
    void mariaDbBehindTheMySqlCompatibilityPrefix_isReportedAsMariaDbWithItsOwnVersion() {
        ServerProduct product = ServerProduct.mariaDb("5.5.5-10.11.18-MariaDB-0+deb12u1-log");
        assertThat(product.name()).isEqualTo("MariaDB");
        assertThat(product.version()).isEqualTo("10.11.18-MariaDB-0+deb12u1-log");
        assertThat(product.major()).isEqualTo(10);
        assertThat(product.minor()).isEqualTo(11);
    }

    @Test
    void mariaDbWithoutThePrefix_keepsItsVersion() {
        ServerProduct product = ServerProduct.mariaDb("11.4.5-MariaDB-ubu2404");
        assertThat(product.major()).isEqualTo(11);
        assertThat(product.minor()).isEqualTo(4);
    }

    @Test
    void mySql_isLeftToConnectorJ() {
        assertThat(ServerProduct.mariaDb("8.4.3")).isNull();
        assertThat(ServerProduct.mariaDb(null)).isNull();
    }
}
