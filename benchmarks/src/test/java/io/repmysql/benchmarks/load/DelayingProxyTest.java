package io.repmysql.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

class DelayingProxyTest {

    @Test
    void serverBytes_arriveTheDelayLate_inOrder_clientBytesPassThrough() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             DelayingProxy proxy = new DelayingProxy(server.getLocalPort(), 200);
             Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
             Socket accepted = server.accept()) {
            OutputStream toServer = client.getOutputStream();
            toServer.write('a');
            toServer.flush();
            assertThat(accepted.getInputStream().read()).isEqualTo('a');

            OutputStream toClient = accepted.getOutputStream();
            long sent = System.nanoTime();
            toClient.write(new byte[] {1, 2});
            toClient.flush();
            toClient.write(3);
            toClient.flush();
            InputStream fromServer = client.getInputStream();
            assertThat(new byte[] {(byte) fromServer.read(), (byte) fromServer.read(), (byte) fromServer.read()})
                    .containsExactly(1, 2, 3);
            assertThat((System.nanoTime() - sent) / 1_000_000).as("server to client, ms").isGreaterThanOrEqualTo(200);
        }
    }
}
