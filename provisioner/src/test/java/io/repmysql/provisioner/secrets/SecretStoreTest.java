package io.repmysql.provisioner.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.User;
import io.repmysql.provisioner.spec.Users;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreTest {

    @TempDir
    Path base;

    @Test
    void generatedPasswords_areAlphanumeric_andDifferentPerAccountAndCluster() {
        ClusterSecrets demo = SecretStore.loadOrCreate(base.resolve("demo"), ClusterSpec.defaults());
        ClusterSecrets shop = SecretStore.loadOrCreate(base.resolve("shop"), ClusterSpec.defaults().withName("shop"));

        List<String> passwords = Stream.of(demo, shop)
                .flatMap(s -> Stream.of(s.rootPassword(), s.appPassword(), s.replicationPassword(), s.statsPassword()))
                .toList();
        assertThat(passwords).allMatch(p -> p.matches("[A-Za-z0-9]{24}")).doesNotHaveDuplicates();
        assertThat(demo.statsUser()).isEqualTo("repmysql");
    }

    @Test
    void secrets_areStableAcrossLoads() {
        ClusterSecrets first = SecretStore.loadOrCreate(base.resolve("demo"), ClusterSpec.defaults());
        ClusterSecrets second = SecretStore.loadOrCreate(base.resolve("demo"), ClusterSpec.defaults());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void secretsFile_isCreatedOwnerOnly_inAnOwnerOnlyDirectory() throws Exception {
        Path dir = base.resolve("new").resolve("demo");

        SecretStore.loadOrCreate(dir, ClusterSpec.defaults());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secrets.properties"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(dir.resolve("secrets.properties.new")).doesNotExist();
    }

    @Test
    void passwordsTheFileSets_win() {
        ClusterSpec defaults = ClusterSpec.defaults();
        ClusterSpec spec = new ClusterSpec(defaults.name(), defaults.flavor(), defaults.images(), defaults.network(),
                defaults.database(), new Users(new User("root", "Root-pw-1"), new User("app", "App-pw-1"),
                        new User("repl", null), new User("haproxy_check", null)),
                defaults.primary(), defaults.replicas(), defaults.writeBackup(), defaults.replication(),
                defaults.haproxy());
        ClusterSecrets generated = SecretStore.loadOrCreate(base.resolve("demo"), defaults);

        ClusterSecrets secrets = SecretStore.loadOrCreate(base.resolve("demo"), spec);

        assertThat(secrets.rootPassword()).isEqualTo("Root-pw-1");
        assertThat(secrets.appPassword()).isEqualTo("App-pw-1");
        assertThat(secrets.replicationPassword()).isEqualTo(generated.replicationPassword());
    }

    @Test
    void aFileOthersMayRead_isRefused_withTheFix() throws Exception {
        Path dir = base.resolve("demo");
        SecretStore.loadOrCreate(dir, ClusterSpec.defaults());
        Path file = dir.resolve("secrets.properties");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> SecretStore.loadOrCreate(dir, ClusterSpec.defaults()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(file + " may be read by other users (mode rw-r--r--); it holds the cluster's passwords, "
                        + "so repmysql refuses it. Run: chmod 600 " + file);
    }

    @Test
    void toString_showsNoPassword() {
        ClusterSecrets secrets = SecretStore.loadOrCreate(base.resolve("demo"), ClusterSpec.defaults());

        assertThat(secrets.toString())
                .doesNotContain(secrets.rootPassword(), secrets.appPassword(), secrets.replicationPassword(),
                        secrets.statsPassword())
                .contains("statsUser=repmysql");
    }

    @Test
    void stateDir_followsTheSystemProperty_elseTheHomeDirectory() {
        String previous = System.getProperty(SecretStore.STATE_DIR_PROPERTY);
        try {
            System.setProperty(SecretStore.STATE_DIR_PROPERTY, base.toString());
            assertThat(SecretStore.stateDir("demo")).isEqualTo(base.resolve("demo"));
            System.clearProperty(SecretStore.STATE_DIR_PROPERTY);
            if (System.getenv(SecretStore.STATE_DIR_ENV) == null) {
                assertThat(SecretStore.stateDir("demo")).isEqualTo(
                        Path.of(System.getProperty("user.home"), ".repmysql", "clusters", "demo"));
            }
        } finally {
            if (previous != null) {
                System.setProperty(SecretStore.STATE_DIR_PROPERTY, previous);
            }
        }
    }

    @Test
    void stateDir_refusesANameThatCouldLeaveTheDirectory() {
        assertThatThrownBy(() -> SecretStore.stateDir("../etc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'../etc' is not a valid cluster name; use 1 to 40 lowercase letters, digits and dashes");
    }
}
