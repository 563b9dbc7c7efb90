package io.repmysql.provisioner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/repmysql}: the one command-line entry point. */
@Command(name = "repmysql", mixinStandardHelpOptions = true, versionProvider = RepMySqlCli.Version.class,
        description = "A replicated MySQL/MariaDB cluster behind HAProxy, from one YAML file.",
        exitCodeListHeading = "%nExit codes (each command's help lists its own):%n",
        exitCodeList = {ExitCodes.OK, ExitCodes.ERROR, ExitCodes.USAGE},
        footer = {"", "Run 'repmysql help COMMAND' or 'repmysql COMMAND --help' for a command's options."},
        subcommands = {DemoCommand.class, UpCommand.class, StatusCommand.class, UrlCommand.class,
                AddReplicaCommand.class, FailoverCommand.class, WatchCommand.class, DownCommand.class,
                LogsCommand.class, ExplainCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class RepMySqlCli implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as {@code bin/repmysql} runs it; tests execute it the same way. */
    public static CommandLine commandLine() {
        return new CommandLine(new RepMySqlCli()).setExecutionExceptionHandler(new ErrorHandler());
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The version from the jar's manifest, "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RepMySqlCli.class.getPackage().getImplementationVersion();
            return new String[] {"repmysql " + (version == null ? "development" : version)};
        }
    }
}
