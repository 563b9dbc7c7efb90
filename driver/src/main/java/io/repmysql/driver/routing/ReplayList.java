package io.repmysql.driver.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * The session statements a physical connection opened later must run, in the order they ran. A statement that
 * assigns exactly the variables an earlier one assigned (with a value that reads no variable) replaces it: the
 * earlier one is removed and the new one appended, so order-dependent pairs such as SET NAMES followed by
 * SET character_set_client still replay to the same state.
 *
 * <p>Capped at {@value #CAPACITY} entries; past that the oldest is dropped. With replacement an application needs
 * that many distinct variables, or that many self-referencing SETs ({@code SET @n = @n + 1}), to get there; a
 * reader opened after that point could miss the earliest ones. The cap keeps a runaway loop from growing the list
 * and the replay without bound.
 */
final class ReplayList {

    static final int CAPACITY = 256;

    private final List<String> statements = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    void add(String sql, String key) {
        if (key != null) {
            int earlier = keys.indexOf(key);
            if (earlier >= 0) {
                statements.remove(earlier);
                keys.remove(earlier);
            }
        }
        if (statements.size() == CAPACITY) {
            statements.remove(0);
            keys.remove(0);
        }
        statements.add(sql);
        keys.add(key);
    }

    List<String> statements() {
        return List.copyOf(statements);
    }
}
