package io.repmysql.provisioner.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Account names and the passwords a file sets; a message never repeats a password. */
final class AccountRules {

    private static final int MAX_PASSWORD = 100;

    private AccountRules() {
    }

    static void check(Users users, List<SpecError> errors) {
        password("users.root.password", users.root(), errors);
        Map<String, String> owners = new HashMap<>();
        owners.put(Users.ROOT_NAME, "users.root");
        account("users.app", users.app(), owners, errors);
        account("users.replication", users.replication(), owners, errors);
        account("users.monitor", users.monitor(), owners, errors);
    }

    private static void account(String path, User user, Map<String, String> owners, List<SpecError> errors) {
        String name = user.name();
        if (!Names.ACCOUNT_NAME.matcher(name).matches()) {
            errors.add(new SpecError(path + ".name", "'" + name + "' is not a valid account name; use 1 to 32 "
                    + "letters, digits, '_', '.' or '-', not starting with '.' or '-'"));
        } else {
            String owner = owners.putIfAbsent(name, path);
            if (owner != null) {
                errors.add(new SpecError(path + ".name", "'" + name + "' is already the name of " + owner
                        + "; each account needs its own name"));
            }
        }
        password(path + ".password", user, errors);
    }

    private static void password(String path, User user, List<SpecError> errors) {
        String password = user.password();
        if (password == null) {
            return;
        }
        if (password.isEmpty()) {
            errors.add(new SpecError(path, "an empty password is not allowed; remove the key to have one "
                    + "generated"));
        } else if (password.length() > MAX_PASSWORD) {
            errors.add(new SpecError(path, "longer than " + MAX_PASSWORD + " characters; use a shorter one, or "
                    + "remove the key to have one generated"));
        } else if (!password.chars().allMatch(AccountRules::allowedInPassword)) {
            errors.add(new SpecError(path, "contains a space, quote, backslash, backquote or non-ASCII "
                    + "character; use letters, digits and other punctuation, or remove the key to have one "
                    + "generated"));
        }
    }

    /** Printable ASCII without the characters that need quoting in SQL, shell and HAProxy configs. */
    private static boolean allowedInPassword(int c) {
        return c > ' ' && c < 127 && c != '\'' && c != '"' && c != '\\' && c != '`';
    }
}
