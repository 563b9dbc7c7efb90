package io.repmysql.provisioner.cli;

import io.repmysql.driver.routing.Explain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:every line was explained", " 1:a line could not be read", ExitCodes.USAGE},
        description = "Read SQL from stdin, one statement per line, as one session in autocommit "
        + "mode; print READ, WRITE or BOTH, a tab, and the reason for each.")
final class ExplainCommand implements Callable<Integer> {

    @Option(names = "--state", description = "After each statement, print what the session holds: user variables on "
            + "both connections or on the writer only, temporary tables, transaction and locks, sql_mode, unknowns.")
    boolean state;

    @Override
    public Integer call() {
        return Explain.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out,
                state);
    }
}
