package io.repmysql.provisioner.replication;

/** Quoting for the few values that cannot be bound as parameters (CHANGE MASTER TO, CREATE USER). */
final class SqlLiterals {

    private SqlLiterals() {
    }

    /** A single-quoted string literal with backslashes and quotes escaped. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || c == '\\') {
                out.append('\\');
            } else if (c == 0 || c == '\n' || c == '\r') {
                throw new IllegalArgumentException("a control character cannot be part of a replication setting");
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }
}
