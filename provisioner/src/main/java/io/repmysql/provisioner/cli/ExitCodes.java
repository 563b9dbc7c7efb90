package io.repmysql.provisioner.cli;

/** Exit-code lines shared by the commands' help ({@code "code:meaning"}, as picocli lists them). */
final class ExitCodes {

    static final String OK = " 0:done";
    static final String OK_SERVES = " 0:the cluster serves reads and writes";
    static final String ERROR = " 1:an error; the message names it and what to do (REPMYSQL_DEBUG=1 adds the stack "
            + "trace)";
    static final String NOT_RUNNING = " 2:not running";
    static final String USAGE = " 2:a command-line error (unknown option or command, missing argument)";

    private ExitCodes() {
    }
}
