package io.repmysql.provisioner.haproxy;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class ServerCheckTest {

    @Test
    void handshake_logsInAsTheMonitorUserWithCachingSha2AndAnEmptyPassword() {
        String packet = ServerCheck.loginPacket("haproxy_check");

        int payload = packet.length() / 2 - 4;
        assertThat(packet).startsWith(String.format("%02X0000", payload) + "01" + "01820800")
                .endsWith(hex("haproxy_check") + "00" + "00" + hex("caching_sha2_password") + "00");
    }

    @Test
    void handshake_expectsTheGreetingThenAnOkPacket_andQuits() {
        String config = ServerCheck.HANDSHAKE.render("haproxy_check");

        assertThat(config).contains("option tcp-check", "tcp-check expect rbinary ^[0-9A-F]{6}000A",
                "tcp-check send-binary " + ServerCheck.loginPacket("haproxy_check"),
                "tcp-check expect rbinary ^[0-9A-F]{6}0200", "tcp-check send-binary 0100000001")
                .doesNotContain("mysql-check");
    }

    @Test
    void mysqlCheck_isHaproxysOwnCheck() {
        assertThat(ServerCheck.MYSQL_CHECK.render("haproxy_check"))
                .isEqualTo("    option mysql-check user haproxy_check post-41\n");
    }

    private static String hex(String text) {
        return HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
