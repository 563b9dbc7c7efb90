package io.repmysql.demo.posts;

import io.repmysql.demo.servedby.ServerIdentity;
import io.repmysql.demo.servedby.ServerIdentityQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The posts, with the server that answered. There is no routing here: a read-only transaction is all the driver
 * needs to send the reads to a replica, and a read-write one keeps everything on the primary. The identity query
 * runs inside the same transaction, so it reports the server that did the work.
 */
@Service
public class PostService {

    private final PostRepository posts;
    private final ServerIdentityQuery identity;
    private final Clock clock;

    public PostService(PostRepository posts, ServerIdentityQuery identity, Clock clock) {
        this.posts = posts;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Served<List<Post>> newestFirst() {
        return new Served<>(posts.findTop50ByOrderByCreatedAtDescIdDesc(), identity.current());
    }

    @Transactional(readOnly = true)
    public Served<Optional<Post>> find(long id) {
        return new Served<>(posts.findById(id), identity.current());
    }

    /** Only the server identity, for pages that read nothing else. */
    @Transactional(readOnly = true)
    public ServerIdentity readServer() {
        return identity.current();
    }

    @Transactional
    public Served<Post> create(NewPost post) {
        Post saved = posts.saveAndFlush(new Post(post.author(), post.body(), clock.instant()));
        return new Served<>(saved, identity.current());
    }

    /** A result and the server that produced it. */
    public record Served<T>(T value, ServerIdentity server) {
    }
}
