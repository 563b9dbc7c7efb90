package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.spec.SpecError;
import io.repmysql.provisioner.spec.SpecException;
import picocli.CommandLine;

/**
 * Turns a failure into one clear message and exit code 1; {@code REPMYSQL_DEBUG=1} adds the stack trace.
 * Messages never carry passwords: the code that throws masks them.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        var err = commandLine.getErr();
        if (e instanceof SpecException spec) {
            err.println("error: " + spec.source() + " is not a valid cluster file:");
            for (SpecError error : spec.errors()) {
                err.println("  " + error);
            }
        } else {
            err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            Throwable cause = e.getCause();
            while (cause != null && cause != e) {
                if (cause.getMessage() != null && !e.getMessage().contains(cause.getMessage())) {
                    err.println("  caused by: " + cause.getMessage());
                }
                e = cause instanceof Exception ex ? ex : e;
                cause = cause.getCause();
            }
        }
        if (System.getenv("REPMYSQL_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
