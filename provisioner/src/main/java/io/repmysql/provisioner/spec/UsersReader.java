package io.repmysql.provisioner.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code users} section: which keys each account accepts, and why the others are refused. */
final class UsersReader {

    private static final List<String> ACCOUNT_KEYS = List.of("name", "password");

    private UsersReader() {
    }

    static Users read(YamlSection users, Users defaults) {
        YamlSection root = accountSection(users, "root", List.of("password"), "name",
                "the root account is always named 'root'; remove the key");
        YamlSection monitor = accountSection(users, "monitor", List.of("name"), "password",
                "HAProxy's mysql-check logs in without a password, so the monitor account has none (and no "
                        + "privileges at all); remove the key");
        return new Users(
                new User(Users.ROOT_NAME, root.secret("password")),
                account(users, "app", defaults.app()),
                account(users, "replication", defaults.replication()),
                new User(monitor.string("name", defaults.monitor().name()), null));
    }

    private static User account(YamlSection users, String key, User defaults) {
        YamlSection account = users.section(key, ACCOUNT_KEYS);
        return new User(account.string("name", defaults.name()), account.secret("password"));
    }

    /** The account's section; a key it refuses gets its own explanation rather than "unknown key". */
    private static YamlSection accountSection(YamlSection users, String key, List<String> validKeys,
            String refusedKey, String reason) {
        List<String> keys = new ArrayList<>(validKeys);
        if (users.raw(key) instanceof Map<?, ?> map && map.containsKey(refusedKey)) {
            users.error(key + "." + refusedKey, reason);
            keys.add(refusedKey);
        }
        return users.section(key, keys);
    }
}
