package io.repmysql.provisioner.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line users type, parsed and run by picocli as bin/repmysql runs it; no cluster needed. */
class CliTest {

    @TempDir
    Path stateDir;

    @TempDir
    Path work;

    static Stream<String> commands() {
        return RepMySqlCli.commandLine().getSubcommands().keySet().stream().filter(name -> !name.equals("help"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommand_answersDashDashHelp_withItsExitCodes(String command) {
        Cli cli = Cli.run(stateDir, command, "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Usage: repmysql " + command).contains("Exit codes:").contains(" 0 ");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommand_answersHelpCommand_likeDashDashHelp(String command) {
        Cli cli = Cli.run(stateDir, "help", command);

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).isEqualTo(Cli.run(stateDir, command, "--help").out());
    }

    @Test
    void topLevelHelp_listsEveryCommand_includingWatchAndBench() {
        Cli cli = Cli.run(stateDir, "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("watch", "bench", "Exit codes");
        commands().forEach(command -> assertThat(cli.out()).contains("  " + command + " "));
    }

    @Test
    void unknownOption_exits2_andNamesIt() {
        Cli cli = Cli.run(stateDir, "up", "--no-such-option");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void unknownCommand_exits2() {
        assertThat(Cli.run(stateDir, "no-such-command").exitCode()).isEqualTo(2);
    }

    @Test
    void missingClusterFile_exits1_andSaysWhatToDo() {
        Cli cli = Cli.run(stateDir, "url", "-f", work.resolve("missing.yaml").toString());

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("no such file").contains("leave -f out");
    }

    @Test
    void invalidClusterFile_exits1_andListsTheErrors() throws IOException {
        Path file = Files.writeString(work.resolve("bad.yaml"), "name: shop\nprimary: { port: 70000 }\n");

        Cli cli = Cli.run(stateDir, "url", "--file", file.toString());

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("is not a valid cluster file").contains("70000");
    }

    @Test
    void url_printsTheClusterFilesUrl_withoutAPassword() throws IOException {
        Path file = Files.writeString(work.resolve("shop.yaml"), """
                name: shop
                database: orders
                users: { app: { name: shopper, password: s3cret-Pass } }
                haproxy: { writePort: 4306, readPort: 4307, statsPort: 9080 }
                """);

        Cli cli = Cli.run(stateDir, "url", "-f", file.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out().strip()).isEqualTo("jdbc:repmysql://127.0.0.1:4306/orders?readPort=4307&user=shopper");
        assertThat(cli.out() + cli.err()).doesNotContain("s3cret-Pass");
    }

    @Test
    void url_bracketsAnIpv6BindAddress() throws IOException {
        Path file = Files.writeString(work.resolve("v6.yaml"), """
                name: v6
                haproxy: { bindAddress: "::1" }
                """);

        Cli cli = Cli.run(stateDir, "url", "-f", file.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out().strip()).startsWith("jdbc:repmysql://[::1]:3306/app?readPort=3307");
    }

    @Test
    void explain_printsOneDecisionPerLineOfStdin() {
        Cli cli = Cli.runWithInput(stateDir, "SELECT * FROM t\nINSERT INTO t VALUES (1)\n\nSET NAMES utf8mb4\n",
                "explain");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out().lines().map(line -> line.split("\t")[0]).toList())
                .containsExactly("READ", "WRITE", "BOTH");
    }

    @Test
    void explainWithState_printsWhatTheSessionHoldsAfterEachLine() {
        Cli cli = Cli.runWithInput(stateDir, "CREATE TEMPORARY TABLE picked (id INT)\nCALL refresh(@total)\n",
                "explain", "--state");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out().lines().toList()).containsExactly(
                "WRITE\tTEMPORARY_TABLE",
                "  # vars both=[] writer=[]; temp=[picked]; tx=none; locks=none; sql_mode=default; unknown=[]",
                "WRITE\tWRITE_STATEMENT",
                "  # vars both=[] writer=[]; temp=[picked]; tx=none; locks=none; sql_mode=unknown; "
                        + "unknown=[user variables, temporary tables, transaction, sql_mode]");
    }

    @Test
    void bench_inTheCliJar_pointsAtBinRepmysqlBench() {
        Cli cli = Cli.run(stateDir, "bench", "--threads", "8");

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("bin/repmysql bench --threads 8");
    }

    @Test
    void everyDocumentedFlag_parses() {
        assertThat(parse(new StatusCommand(), "-f", "x.yaml", "--json").json).isTrue();
        assertThat(parse(new DownCommand(), "--file", "x.yaml", "--volumes").volumes).isTrue();
        assertThat(parse(new AddReplicaCommand(), "--port", "13310").port).isEqualTo(13310);
        assertThat(parse(new WatchCommand(), "--anti-flap", "60").antiFlapSeconds).isEqualTo(60);
        LogsCommand logs = parse(new LogsCommand(), "replica-1", "--follow");
        assertThat(logs.node).isEqualTo("replica-1");
        assertThat(logs.follow).isTrue();
        DemoCommand demo = parse(new DemoCommand(), "--keep", "--app-port", "9000", "--jar", "app.jar",
                "--instances", "2");
        assertThat(demo.keep).isTrue();
        assertThat(demo.instances).isEqualTo(2);
        assertThat(demo.appPort).isEqualTo(9000);
        assertThat(demo.jar).isEqualTo(Path.of("app.jar"));
        assertThat(parse(new UpCommand(), "-f", "x.yaml").options.file).isEqualTo(Path.of("x.yaml"));
    }

    @Test
    void defaults_areTheDocumentedOnes() {
        assertThat(parse(new WatchCommand()).antiFlapSeconds).isEqualTo(WatchCommand.DEFAULT_ANTI_FLAP_SECONDS);
        assertThat(parse(new DemoCommand()).appPort).isEqualTo(8081);
        assertThat(parse(new DemoCommand()).instances).isEqualTo(1);
        assertThat(parse(new DownCommand()).volumes).isFalse();
    }

    @Test
    void demo_withMoreInstancesThanItRuns_exits2_sayingTheRange() {
        Cli result = Cli.run(stateDir, "demo", "--instances", "9", "--jar", "app.jar");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--instances 9: use 1 to 4");
    }

    @Test
    void logs_withoutANode_exits2() {
        assertThat(Cli.run(stateDir, "logs").exitCode()).isEqualTo(2);
    }

    private static <T> T parse(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    static List<String> subcommandNames() {
        return commands().toList();
    }
}
