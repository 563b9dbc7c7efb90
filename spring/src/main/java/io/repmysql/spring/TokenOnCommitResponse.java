package io.repmysql.spring;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hands the new causal token to the response before it is committed. Headers cannot change after the commit, and a
 * controller's redirect, an error page or a body larger than the buffer commits the response before the filter
 * gets control back; so the token is checked at each point that may commit (redirect, error, flush, the first
 * byte of the body) and once more when the request ends.
 */
final class TokenOnCommitResponse extends HttpServletResponseWrapper {

    private static final Logger LOG = LoggerFactory.getLogger(TokenOnCommitResponse.class);

    private final Supplier<String> current;
    private final Consumer<String> send;
    private String sent;
    private boolean bodyStarted;
    private ServletOutputStream stream;
    private PrintWriter writer;

    /**
     * @param atStart the token when the request began (after observing the request's own token)
     * @param current the token now
     * @param send    puts a token in the response's header and cookie
     */
    TokenOnCommitResponse(HttpServletResponse response, String atStart, Supplier<String> current,
                          Consumer<String> send) {
        super(response);
        this.current = current;
        this.send = send;
        this.sent = atStart;
    }

    /** Sends the token if the position moved during the request and this token was not sent yet. */
    private void beforeCommit() {
        String now = current.get();
        if (now.equals(sent)) {
            return;
        }
        if (isCommitted()) {
            LOG.debug("the response was committed before the write that moved the causal position: no token sent");
            return;
        }
        send.accept(now);
        sent = now;
    }

    /** The request is over: a write made after the body started still gets its token if not yet committed. */
    void requestEnded() {
        beforeCommit();
    }

    private void bodyStarts() {
        if (!bodyStarted) {
            bodyStarted = true;
            beforeCommit();
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        beforeCommit();
        super.sendRedirect(location);
    }

    @Override
    public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
        beforeCommit();
        super.sendRedirect(location, sc, clearBuffer);
    }

    @Override
    public void sendError(int sc) throws IOException {
        beforeCommit();
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        beforeCommit();
        super.sendError(sc, msg);
    }

    @Override
    public void flushBuffer() throws IOException {
        beforeCommit();
        super.flushBuffer();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Stream(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new Writer(super.getWriter());
        }
        return writer;
    }

    private final class Stream extends ServletOutputStream {
        private final ServletOutputStream out;

        Stream(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            bodyStarts();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            bodyStarts();
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            beforeCommit();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            beforeCommit();
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }

    private final class Writer extends PrintWriter {
        private final PrintWriter out;

        Writer(PrintWriter out) {
            super(out);
            this.out = out;
        }

        @Override
        public void write(int c) {
            bodyStarts();
            out.write(c);
        }

        @Override
        public void write(char[] buf, int off, int len) {
            bodyStarts();
            out.write(buf, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            bodyStarts();
            out.write(s, off, len);
        }

        @Override
        public void flush() {
            beforeCommit();
            out.flush();
        }

        @Override
        public void close() {
            beforeCommit();
            out.close();
        }

        @Override
        public boolean checkError() {
            return out.checkError();
        }
    }
}
