package io.repmysql.driver.internal.cluster;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import java.util.zip.CRC32;

import io.repmysql.driver.SqlStates;

/**
 * The causal token: a cluster's name and a {@link GtidPosition}, as one opaque, URL-safe string (base64url without
 * padding; a version byte, the UTF-8 text {@code name '\n' position}, then a CRC-32 of both). The checksum is what
 * tells a truncated or mistyped token from a valid one; the name is what tells another cluster's token.
 */
public final class CausalToken {

    private static final byte VERSION = 1;
    private static final int MAX_LENGTH = 64 * 1024;

    private CausalToken() {
    }

    /** The token of {@code position} in cluster {@code clusterName}. */
    public static String encode(String clusterName, GtidPosition position) {
        byte[] text = (clusterName + "\n" + position).getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(1 + text.length + 4);
        bytes.put(VERSION).put(text);
        bytes.putInt((int) crc(bytes.array(), 1 + text.length));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * The position in {@code token}, which must name {@code clusterName}.
     *
     * @throws SQLException (SQLState 22023) for a null, garbled, truncated or foreign token
     */
    public static GtidPosition decode(String clusterName, String token) throws SQLException {
        if (token == null || token.isBlank()) {
            throw invalid(clusterName, "a causal token is required, got " + (token == null ? "null" : "a blank"));
        }
        if (token.length() > MAX_LENGTH) {
            throw invalid(clusterName, "a causal token of " + token.length() + " characters is too long");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(clusterName, "this is not a causal token (not base64url)");
        }
        if (bytes.length < 6 || bytes[0] != VERSION) {
            throw invalid(clusterName, "this is not a causal token, or one of another driver version");
        }
        int end = bytes.length - 4;
        if ((int) crc(bytes, end) != ByteBuffer.wrap(bytes, end, 4).getInt()) {
            throw invalid(clusterName, "the causal token is damaged or truncated (checksum mismatch)");
        }
        String text = new String(bytes, 1, end - 1, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        if (newline < 0) {
            throw invalid(clusterName, "the causal token names no cluster");
        }
        String named = text.substring(0, newline);
        if (!named.equals(clusterName)) {
            throw invalid(clusterName, "the causal token is of cluster '" + named + "', not of this one");
        }
        try {
            return GtidPosition.parse(text.substring(newline + 1));
        } catch (IllegalArgumentException e) {
            throw invalid(clusterName, "the causal token holds no valid position: " + e.getMessage());
        }
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    private static SQLException invalid(String clusterName, String why) {
        return new SQLException(clusterName + ": " + why, SqlStates.INVALID_PARAMETER_VALUE);
    }
}
