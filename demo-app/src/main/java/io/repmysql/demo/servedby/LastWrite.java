package io.repmysql.demo.servedby;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;

/** The server that took this visitor's last write, kept in the HTTP session for the pages that follow. */
public record LastWrite(ServerIdentity server, long postId) implements Serializable {

    static final String ATTRIBUTE = "lastWrite";

    public static void remember(HttpSession session, ServerIdentity server, long postId) {
        session.setAttribute(ATTRIBUTE, new LastWrite(server, postId));
    }

    static LastWrite of(HttpSession session) {
        return session == null ? null : (LastWrite) session.getAttribute(ATTRIBUTE);
    }
}
