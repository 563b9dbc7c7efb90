package io.repmysql.driver.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A read port that accepts connections and never greets, as HAProxy in front of a paused replica does: Connector/J
 * through the reader's socket factory gives up after {@code connectTimeout}, without a socket timeout.
 */
class ReaderSocketFactoryTest {

    @Test
    void silentServer_handshakeEndsAfterTheConnectTimeout_withACommunicationsError() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> acceptSilently(silent, accepted), "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "jdbc:mysql://127.0.0.1:" + silent.getLocalPort() + "/app?connectTimeout=400&socketFactory="
                    + ReaderSocketFactory.class.getName();

            long start = System.nanoTime();
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
                    () -> DriverManager.getConnection(url, "app", "unused"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageStartingWith("Communications link failure"));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(millis).as("gave up after the bound, not before").isGreaterThanOrEqualTo(400);
            assertThat(accepted).as("the TCP connection was made; only the greeting never came").hasSize(1);
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    private static void acceptSilently(ServerSocket server, List<Socket> accepted) {
        try {
            while (true) {
                Socket socket = server.accept();
                synchronized (accepted) {
                    accepted.add(socket);
                }
            }
        } catch (IOException closed) {
            // The test is over.
        }
    }
}
