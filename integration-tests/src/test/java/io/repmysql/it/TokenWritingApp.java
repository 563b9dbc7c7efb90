package io.repmysql.it;

import io.repmysql.driver.RepMySqlDataSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;

/**
 * Another application instance, run in a JVM of its own: for each id read from standard input it inserts a post
 * through a consistency=causal DataSource and prints {@code token <causal token>}. The URL, user and password come
 * from the environment (REPMYSQL_URL, REPMYSQL_USER, REPMYSQL_PASSWORD), so no password shows in a process list.
 */
public final class TokenWritingApp {

    private TokenWritingApp() {
    }

    public static void main(String[] args) throws Exception {
        RepMySqlDataSource dataSource = new RepMySqlDataSource();
        dataSource.setUrl(System.getenv("REPMYSQL_URL"));
        dataSource.setUser(System.getenv("REPMYSQL_USER"));
        dataSource.setPassword(System.getenv("REPMYSQL_PASSWORD"));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO posts VALUES (?, 'other-jvm')")) {
            System.out.println("ready");
            System.out.flush();
            for (String line = in.readLine(); line != null && !line.isBlank(); line = in.readLine()) {
                insert.setInt(1, Integer.parseInt(line.strip()));
                insert.executeUpdate();
                System.out.println("token " + dataSource.causalToken());
                System.out.flush();
            }
        }
    }
}
