package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:repmysql://h/db?password=hunter2 | jdbc:repmysql://h/db?password=****
            jdbc:repmysql://h/db?user=a&password=hunter2&useSSL=false | jdbc:repmysql://h/db?user=a&password=****&useSSL=false
            jdbc:repmysql://h/db?PASSWORD=x | jdbc:repmysql://h/db?PASSWORD=****
            jdbc:mysql://h/db?password1=a&password2=b | jdbc:mysql://h/db?password1=****&password2=****
            jdbc:mysql://h/db?trustCertificateKeyStorePassword=k | jdbc:mysql://h/db?trustCertificateKeyStorePassword=****
            jdbc:mysql://h/db?pwd=k | jdbc:mysql://h/db?pwd=****
            jdbc:repmysql://app:hunter2@h/db | jdbc:repmysql://app:****@h/db
            jdbc:repmysql://h/db?password=hun;ter2&user=a | jdbc:repmysql://h/db?password=****&user=a
            jdbc:repmysql://app:p/s@s:w@h/db?user=a@b | jdbc:repmysql://app:****@h/db?user=a@b
            jdbc:repmysql://h/db?user=password | jdbc:repmysql://h/db?user=password
            jdbc:repmysql://h/db | jdbc:repmysql://h/db
            """)
    void url_masksEverySecretValueAndNothingElse(String url, String masked) {
        assertThat(Masking.url(url)).isEqualTo(masked);
    }

    @Test
    void properties_areShownSortedWithSecretsMasked() {
        Properties properties = new Properties();
        properties.setProperty("user", "app");
        properties.setProperty("password", "hunter2");
        properties.setProperty("clientCertificateKeyStorePassword", "k");

        assertThat(Masking.properties(properties))
                .isEqualTo("{clientCertificateKeyStorePassword=****, password=****, user=app}");
    }

    @Test
    void nullUrl_staysNull() {
        assertThat(Masking.url(null)).isNull();
    }
}
