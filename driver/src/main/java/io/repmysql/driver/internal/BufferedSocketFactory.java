package io.repmysql.driver.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

import com.mysql.cj.conf.PropertySet;
import com.mysql.cj.protocol.StandardSocketFactory;

/**
 * Connector/J's own sockets, with a receive buffer below Connector/J's. Connector/J asks its socket stream
 * {@code available()} before every command and after every read it makes, and the JDK answers each with a system
 * call: about two per point select, and with them its reads come in more pieces. This socket answers from its
 * own buffer, which takes whatever the kernel holds in one read, so a point select costs two system calls, one
 * write and one read, instead of five or six. A TLS socket layered on top answers {@code available()} the same way.
 * Connector/J creates one instance per connection attempt, by this class's name ({@code socketFactory}).
 */
public class BufferedSocketFactory extends StandardSocketFactory {

    @Override
    protected Socket createSocket(PropertySet properties) {
        return new BufferedSocket();
    }

    /** A plain socket whose input is read through one {@link SocketInputBuffer}. */
    private static final class BufferedSocket extends Socket {

        private InputStream input;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (input == null) {
                input = new SocketInputBuffer(super.getInputStream());
            }
            return input;
        }
    }
}
