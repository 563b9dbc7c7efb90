package io.repmysql.provisioner.haproxy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * How HAProxy checks that a server takes logins: both log in as the password-less, privilege-less monitor user.
 * <ul>
 *   <li>{@link #MYSQL_CHECK}: HAProxy's {@code option mysql-check} (MariaDB). Its login claims no authentication
 *       plugin, which means {@code mysql_native_password}, and MySQL 9 no longer has that plugin.</li>
 *   <li>{@link #HANDSHAKE}: a {@code tcp-check} that reads the server greeting, answers with a protocol-4.1 login
 *       naming {@code caching_sha2_password} with an empty password, expects the OK packet and quits (MySQL).</li>
 * </ul>
 */
public enum ServerCheck {
    MYSQL_CHECK, HANDSHAKE;

    private static final int CLIENT_LONG_PASSWORD = 0x1;
    private static final int CLIENT_PROTOCOL_41 = 0x200;
    private static final int CLIENT_SECURE_CONNECTION = 0x8000;
    private static final int CLIENT_PLUGIN_AUTH = 0x80000;
    private static final int UTF8MB4_GENERAL_CI = 45;

    /** The {@code listen} section lines of this check for {@code monitorUser}. */
    String render(String monitorUser) {
        if (this == MYSQL_CHECK) {
            return "    option mysql-check user " + monitorUser + " post-41\n";
        }
        // rbinary matches the upper-case hex of what was received: a 3-byte length, the sequence id, then
        // protocol version 10 for the greeting and 0x00 (OK) for the login's answer.
        return "    option tcp-check\n"
                + "    tcp-check connect\n"
                + "    tcp-check expect rbinary ^[0-9A-F]{6}000A\n"
                + "    tcp-check send-binary " + loginPacket(monitorUser) + "\n"
                + "    tcp-check expect rbinary ^[0-9A-F]{6}0200\n"
                + "    tcp-check send-binary 0100000001\n";
    }

    /** HandshakeResponse41, sequence id 1: capabilities, max packet, charset, filler, user, empty auth, plugin. */
    static String loginPacket(String user) {
        byte[] name = user.getBytes(StandardCharsets.UTF_8);
        byte[] plugin = "caching_sha2_password".getBytes(StandardCharsets.UTF_8);
        int length = 4 + 4 + 1 + 23 + name.length + 1 + 1 + plugin.length + 1;
        ByteBuffer packet = ByteBuffer.allocate(4 + length).order(ByteOrder.LITTLE_ENDIAN);
        packet.put((byte) length).put((byte) (length >> 8)).put((byte) (length >> 16)).put((byte) 1);
        packet.putInt(CLIENT_LONG_PASSWORD | CLIENT_PROTOCOL_41 | CLIENT_SECURE_CONNECTION | CLIENT_PLUGIN_AUTH);
        packet.putInt(16 * 1024 * 1024);
        packet.put((byte) UTF8MB4_GENERAL_CI);
        packet.put(new byte[23]);
        packet.put(name).put((byte) 0);
        packet.put((byte) 0);
        packet.put(plugin).put((byte) 0);
        return HexFormat.of().withUpperCase().formatHex(packet.array());
    }
}
