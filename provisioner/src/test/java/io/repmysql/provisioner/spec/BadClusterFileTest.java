package io.repmysql.provisioner.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad cluster file gets every problem with its YAML path, the rule and the fix. */
class BadClusterFileTest {

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("writeBackups: 1",
                        "writeBackups: unknown key; did you mean 'writeBackup'?"),
                bad("haproxy:\n  chek: { interMs: 500 }",
                        "haproxy.chek: unknown key; did you mean 'check'?"),
                bad("Name: demo",
                        "Name: unknown key; did you mean 'name'?"),
                bad("colour: blue",
                        "colour: unknown key; valid keys: name, flavor, images, network, database, users, primary, "
                                + "replicas, writeBackup, replication, haproxy"),
                bad("replicas:\n  - { port: 13307, engin: 'unix:///var/run/docker.sock' }",
                        "replicas[0].engin: unknown key; did you mean 'engine'?"),
                bad("replicas:\n  - { port: abc }",
                        "replicas[0].port: expected a whole number from 1 to 65535, got 'abc'"),
                bad("primary: { port: 13306.5 }",
                        "primary.port: expected a whole number from 1 to 65535, got 13306.5"),
                bad("haproxy: { writePort: '3306' }",
                        "haproxy.writePort: expected a whole number from 1 to 65535, got '3306'"),
                bad("primary: { port: 99999999999 }",
                        "primary.port: expected a whole number from 1 to 65535, got 99999999999"),
                bad("primary: { port: 70000 }",
                        "primary.port: 70000 is out of range; use a port from 1 to 65535"),
                bad("haproxy: { statsPort: 0 }",
                        "haproxy.statsPort: 0 is out of range; use a port from 1 to 65535"),
                bad("replicas:\n  - { port: 13307 }\n  - { port: 3307 }",
                        "replicas[1].port: 3307 is already used by haproxy.readPort; every port must be different"),
                bad("primary: { port: 13307 }",
                        "replicas[0].port: 13307 is already used by primary.port; every port must be different"),
                bad("haproxy: { writePort: 8080 }",
                        "haproxy.statsPort: 8080 is already used by haproxy.writePort; every port must be "
                                + "different"),
                bad("haproxy: { statsPort: 23306 }\nprimary: { port: 13306 }",
                        "primary.port: 13306 puts the node's lag agent on 23306, which is already used by "
                                + "haproxy.statsPort; every port must be different (a node's lag agent listens on "
                                + "its port + 10000, or its port - 10000 above 55535)"),
                bad("replicas:\n  - { port: 13307 }\n  - { port: 60000 }\nprimary: { port: 40000 }",
                        "replicas[1].port: 60000 puts the node's lag agent on 50000, which is already used by "
                                + "primary.port's lag agent; every port must be different (a node's lag agent "
                                + "listens on its port + 10000, or its port - 10000 above 55535)"),
                bad("replicas:\n  - { port: 23306 }",
                        "primary.port: 13306 puts the node's lag agent on 23306, which is already used by "
                                + "replicas[0].port; every port must be different (a node's lag agent listens on "
                                + "its port + 10000, or its port - 10000 above 55535)"),
                bad("replicas: []",
                        "replicas: at least 1 replica is needed; add one, e.g. - { port: 13307 }"),
                bad("replicas: 13307",
                        "replicas: expected a list of mappings like { port: 13307 }, got 13307"),
                bad("replicas: [ 13307 ]",
                        "replicas[0]: expected a mapping like { port: 13307 }, got 13307"),
                bad("replicas:\n  - { engine: 'unix:///var/run/docker.sock' }",
                        "replicas[0].port: required; give the replica's port, e.g. { port: 13310 }"),
                bad("writeBackup: 3",
                        "writeBackup: 3 is not a replica; use an index from 0 to 2 into replicas, or none"),
                bad("writeBackup: -1",
                        "writeBackup: expected an index into replicas (0 is the first) or none, got -1"),
                bad("writeBackup: first",
                        "writeBackup: expected an index into replicas (0 is the first) or none, got 'first'"),
                bad("flavor: postgres",
                        "flavor: expected one of auto, mariadb, mysql, got 'postgres'"),
                bad("network: overlay",
                        "network: expected one of host, bridge, got 'overlay'"),
                bad("flavor: MariaDB",
                        "flavor: expected one of auto, mariadb, mysql, got 'MariaDB'"),
                bad("name: Demo_1",
                        "name: 'Demo_1' is not a valid cluster name; use 1 to 40 lowercase letters, digits and "
                                + "dashes, starting with a letter or digit (it prefixes container names)"),
                bad("name: " + "a".repeat(41),
                        "name: '" + "a".repeat(41) + "' is not a valid cluster name; use 1 to 40 lowercase letters, "
                                + "digits and dashes, starting with a letter or digit (it prefixes container names)"),
                bad("name: 42",
                        "name: expected a string, got 42; put it in quotes if it is meant as text"),
                bad("database: mysql",
                        "database: 'mysql' is a system database; name the application's own database, e.g. app"),
                bad("database: my-db",
                        "database: 'my-db' is not a valid database name; use 1 to 64 letters, digits and '_', not "
                                + "only digits"),
                bad("users:\n  app: { name: \"o'brien\" }",
                        "users.app.name: 'o'brien' is not a valid account name; use 1 to 32 letters, digits, '_', "
                                + "'.' or '-', not starting with '.' or '-'"),
                bad("users:\n  replication: { name: app }",
                        "users.replication.name: 'app' is already the name of users.app; each account needs its "
                                + "own name"),
                bad("users:\n  app: { name: root }",
                        "users.app.name: 'root' is already the name of users.root; each account needs its own name"),
                bad("users:\n  monitor: { name: haproxy_check, password: secret }",
                        "users.monitor.password: HAProxy's mysql-check logs in without a password, so the monitor "
                                + "account has none (and no privileges at all); remove the key"),
                bad("users:\n  root: { name: admin }",
                        "users.root.name: the root account is always named 'root'; remove the key"),
                bad("users:\n  app: { password: '' }",
                        "users.app.password: an empty password is not allowed; remove the key to have one "
                                + "generated"),
                bad("users:\n  app: { password: 'has a space' }",
                        "users.app.password: contains a space, quote, backslash, backquote or non-ASCII character; "
                                + "use letters, digits and other punctuation, or remove the key to have one generated"),
                bad("users:\n  root: { password: 12345 }",
                        "users.root.password: expected a string, got a number; put the password in quotes"),
                bad("users:\n  admin: { name: admin }",
                        "users.admin: unknown key; valid keys: root, app, replication, monitor"),
                bad("haproxy:\n  check: { interMs: 50 }",
                        "haproxy.check.interMs: 50 is too small; use at least 100 milliseconds between checks"),
                bad("haproxy:\n  check: { fall: 0 }",
                        "haproxy.check.fall: 0 is too small; use at least 1 failed check"),
                bad("replication: { maxLagSeconds: 0 }",
                        "replication.maxLagSeconds: 0 is too small; use at least 1 second"),
                bad("replication: { semiSync: 'yes please' }",
                        "replication.semiSync: expected true or false, got 'yes please'"),
                bad("haproxy: { bindAddress: localhost }",
                        "haproxy.bindAddress: 'localhost' is not an IP address; use 127.0.0.1 (the default), "
                                + "another local IP, or 0.0.0.0 for every interface"),
                bad("haproxy: 3306",
                        "haproxy: expected a mapping of writePort, readPort, statsPort, bindAddress, check, got 3306"),
                bad("primary: { port: 13306, engine: 'ssh://me@host2' }",
                        "primary.engine: 'ssh://me@host2' is not a Docker engine address; use "
                                + "unix:///path/to/docker.sock or tcp://host:port (ssh:// is not supported)"),
                bad("primary: { port: 13306, engine: 'tcp://host2' }",
                        "primary.engine: 'tcp://host2' is not a Docker engine address; use "
                                + "unix:///path/to/docker.sock or tcp://host:port (ssh:// is not supported)"),
                bad("primary: { port: 13306, tls: { certPath: /certs } }",
                        "primary.tls: TLS applies to a tcp:// engine only; set engine: tcp://host:2376 or remove "
                                + "tls"),
                bad("primary: { port: 13306, engine: 'tcp://host2:2376', tls: { verify: true } }",
                        "primary.tls.certPath: required; the directory holding ca.pem, cert.pem and key.pem "
                                + "(docker's DOCKER_CERT_PATH)"),
                bad("images: { mysqlBase: 'Not An Image!' }",
                        "images.mysqlBase: 'Not An Image!' is not an image reference; use auto or a reference such "
                                + "as mariadb:10.11 or registry.example.com/team/mariadb:10.11"),
                bad("- name: demo",
                        "expected a mapping of name, flavor, images, network, database, users, primary, replicas, "
                                + "writeBackup, replication, haproxy at the top level, got a list"),
                bad("name: demo\n  flavor: auto",
                        "YAML syntax error at line 2, column 9: mapping values are not allowed here; check the "
                                + "indentation, and that every 'key: value' has a space after the colon"),
                bad("name: demo\nname: other",
                        "YAML syntax error at line 2, column 1: found duplicate key name; give each key once"),
                bad("replicas:\n  - { port: 13307\n",
                        "YAML syntax error at line 3, column 1: expected ',' or '}', but got <stream end>; check "
                                + "the indentation, and that every 'key: value' has a space after the colon"),
                bad("colour: blue\nprimary: { port: x }\nwriteBackup: 9",
                        "colour: unknown key; valid keys: name, flavor, images, network, database, users, primary, "
                                + "replicas, writeBackup, replication, haproxy",
                        "primary.port: expected a whole number from 1 to 65535, got 'x'"),
                bad("primary: { port: 3306 }\nreplicas:\n  - { port: 3306 }\nwriteBackup: 1\nhaproxy:\n"
                                + "  check: { fall: 0 }",
                        "primary.port: 3306 is already used by haproxy.writePort; every port must be different",
                        "replicas[0].port: 3306 is already used by haproxy.writePort; every port must be different",
                        "writeBackup: 1 is not a replica; use an index from 0 to 0 into replicas, or none",
                        "haproxy.check.fall: 0 is too small; use at least 1 failed check"));
    }

    private static Arguments bad(String yaml, String... expectedErrors) {
        return Arguments.of(yaml, List.of(expectedErrors));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFile_isRefused_withEveryError(String yaml, List<String> expectedErrors) {
        SpecException e = catchThrowableOfType(SpecException.class, () -> ClusterSpecs.load(yaml, "bad.yaml"));

        assertThat(e).as("refused:\n%s", yaml).isNotNull();
        assertThat(e.errors()).map(SpecError::toString).containsExactlyElementsOf(expectedErrors);
        assertThat(e.getMessage()).startsWith("bad.yaml: ").contains(expectedErrors);
    }
}
