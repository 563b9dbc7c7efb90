package io.repmysql.provisioner.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSpecParserTest {

    private final ClusterSpecParser parser = new ClusterSpecParser();

    @Test
    void defaults_areTheDocumentedOnes() {
        ClusterSpec spec = ClusterSpec.defaults();

        assertThat(spec.name()).isEqualTo("demo");
        assertThat(spec.flavor()).isEqualTo(Flavor.AUTO);
        assertThat(spec.images()).isEqualTo(new Images("auto", "auto"));
        assertThat(spec.network()).isEqualTo(NetworkMode.HOST);
        assertThat(spec.database()).isEqualTo("app");
        assertThat(spec.users()).isEqualTo(new Users(new User("root", null), new User("app", null),
                new User("repl", null), new User("haproxy_check", null)));
        assertThat(spec.primary()).isEqualTo(new NodeSpec(13306, null, null));
        assertThat(spec.replicas()).extracting(NodeSpec::port).containsExactly(13307, 13308, 13309);
        assertThat(spec.replicas()).allMatch(NodeSpec::usesDefaultEngine);
        assertThat(spec.writeBackup()).isZero();
        assertThat(spec.writeBackupNode()).contains(new NodeSpec(13307, null, null));
        assertThat(spec.replication()).isEqualTo(new ReplicationSpec(false, 30));
        assertThat(spec.haproxy()).isEqualTo(new HaproxySpec(3306, 3307, 8080, "127.0.0.1", new CheckSpec(1000, 2)));
        assertThat(new ClusterSpecValidator().validate(spec)).isEmpty();
        assertThat(new ClusterSpecValidator().warnings(spec)).isEmpty();
    }

    @Test
    void emptyFile_givesTheDefaults() {
        assertThat(parser.parse("", "empty.yaml")).isEqualTo(ClusterSpec.defaults());
        assertThat(parser.parse("# only a comment\n", "comment.yaml")).isEqualTo(ClusterSpec.defaults());
    }

    @Test
    void absentKeysAndEmptySections_takeTheirDefaults() {
        ClusterSpec spec = parser.parse("""
                name: shop
                users:
                  app: { name: shop }
                haproxy:
                  check:
                replication:
                """, "partial.yaml");

        ClusterSpec defaults = ClusterSpec.defaults();
        assertThat(spec.name()).isEqualTo("shop");
        assertThat(spec.users().app()).isEqualTo(new User("shop", null));
        assertThat(spec.users().replication()).isEqualTo(defaults.users().replication());
        assertThat(spec.haproxy()).isEqualTo(defaults.haproxy());
        assertThat(spec.replication()).isEqualTo(defaults.replication());
        assertThat(spec.replicas()).isEqualTo(defaults.replicas());
    }

    @Test
    void everyField_isRead() {
        ClusterSpec spec = parser.parse("""
                name: shop-2
                flavor: mariadb
                images: { mysqlBase: 'mariadb:10.11', haproxyBase: 'registry.local:5000/haproxy:2.6' }
                network: bridge
                database: shop
                users:
                  root: { password: r00t-pw }
                  app: { name: shop, password: app-pw }
                  replication: { name: copier, password: repl-pw }
                  monitor: { name: probe }
                primary: { port: 23306, engine: 'unix:///run/docker-2.sock' }
                replicas:
                  - { port: 23307 }
                  - { port: 23308, engine: 'tcp://host2:2376', tls: { certPath: /certs/host2, verify: false } }
                writeBackup: 1
                replication: { semiSync: true, maxLagSeconds: 5 }
                haproxy:
                  writePort: 4306
                  readPort: 4307
                  statsPort: 9080
                  bindAddress: 10.0.0.5
                  check: { interMs: 500, fall: 2 }
                """, "full.yaml");

        assertThat(spec).isEqualTo(new ClusterSpec("shop-2", Flavor.MARIADB,
                new Images("mariadb:10.11", "registry.local:5000/haproxy:2.6"), NetworkMode.BRIDGE, "shop",
                new Users(new User("root", "r00t-pw"), new User("shop", "app-pw"), new User("copier", "repl-pw"),
                        new User("probe", null)),
                new NodeSpec(23306, "unix:///run/docker-2.sock", null),
                List.of(new NodeSpec(23307, null, null),
                        new NodeSpec(23308, "tcp://host2:2376", new EngineTls("/certs/host2", false))),
                1, new ReplicationSpec(true, 5),
                new HaproxySpec(4306, 4307, 9080, "10.0.0.5", new CheckSpec(500, 2))));
        assertThat(spec.replicas().get(1).engineHost()).isEqualTo("host2");
        assertThat(new ClusterSpecValidator().validate(spec)).isEmpty();
    }

    @Test
    void writeBackupNone_meansNoBackup() {
        ClusterSpec spec = ClusterSpecs.load("writeBackup: none", "none.yaml");

        assertThat(spec.writeBackup()).isEqualTo(ClusterSpec.NO_WRITE_BACKUP);
        assertThat(spec.hasWriteBackup()).isFalse();
        assertThat(spec.writeBackupNode()).isEmpty();
    }

    @Test
    void tlsVerify_defaultsToTrue() {
        ClusterSpec spec = parser.parse("primary: { engine: 'tcp://h:2376', tls: { certPath: /c } }", "tls.yaml");

        assertThat(spec.primary()).isEqualTo(new NodeSpec(13306, "tcp://h:2376", new EngineTls("/c", true)));
    }

    @Test
    void missingFile_saysSo(@TempDir Path dir) {
        Path missing = dir.resolve("repmysql.yaml");

        assertThatThrownBy(() -> parser.parse(missing))
                .isInstanceOf(SpecException.class)
                .hasMessage(missing + ": 1 problem\n  no such file; give an existing cluster file with -f, or run "
                        + "without -f in a directory without repmysql.yaml to use the defaults");
    }

    @Test
    void file_isReadFromDisk(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("c.yaml"), "name: disk\n");

        assertThat(ClusterSpecs.load(file).name()).isEqualTo("disk");
    }

    @Test
    void yamlTags_neverBuildJavaObjects() {
        assertThatThrownBy(() -> parser.parse("name: !!javax.script.ScriptEngineManager [x]", "evil.yaml"))
                .isInstanceOf(SpecException.class)
                .hasMessageEndingWith("YAML tag not allowed at line 1, column 7; a cluster file holds plain values, so "
                        + "remove the tag (the word starting with '!')");
        assertThatThrownBy(() -> parser.parse("name: !local x", "local.yaml"))
                .hasMessageEndingWith("YAML tag not allowed at line 1, column 7; a cluster file holds plain values, "
                        + "so remove the tag (the word starting with '!')");
    }

    @Test
    void passwords_neverAppearInToStringOrErrors() {
        ClusterSpec spec = parser.parse("users: { app: { password: 'Hunter2 x' }, root: { password: TopSecret9 } }",
                "pw.yaml");

        assertThat(spec.toString()).doesNotContain("Hunter2").doesNotContain("TopSecret9").contains("****");
        assertThat(new ClusterSpecValidator().validate(spec)).map(SpecError::toString)
                .noneMatch(message -> message.contains("Hunter2"));
        assertThatThrownBy(() -> parser.parse("users: { app: { password: [ Hunter2 ] } }", "pw.yaml"))
                .message().doesNotContain("Hunter2");
    }

    @Test
    void publicBindAddress_isWarnedAbout() {
        ClusterSpec spec = ClusterSpecs.load("haproxy: { bindAddress: 0.0.0.0 }", "public.yaml");

        assertThat(new ClusterSpecValidator().warnings(spec)).containsExactly(
                "haproxy.bindAddress: 0.0.0.0 makes the write, read and stats ports reachable from other machines "
                        + "(in host mode); keep 127.0.0.1 unless they must be, and protect them with a firewall");
    }

    @Test
    void withReplicaAdded_keepsEverythingElse() {
        ClusterSpec spec = ClusterSpec.defaults();

        ClusterSpec more = spec.withReplicaAdded(NodeSpec.onDefaultEngine(13310));

        assertThat(more.replicas()).extracting(NodeSpec::port).containsExactly(13307, 13308, 13309, 13310);
        assertThat(more.withReplicas(spec.replicas())).isEqualTo(spec);
    }
}
