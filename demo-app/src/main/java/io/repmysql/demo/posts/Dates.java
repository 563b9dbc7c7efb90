package io.repmysql.demo.posts;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages show times: {@code ${@dates.utc(post.createdAt)}}. UTC, because the app knows no visitor's zone. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String utc(Instant instant) {
        return UTC.format(instant);
    }
}
