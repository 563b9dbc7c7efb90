package io.repmysql.demo.posts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewPostTest {

    @Test
    void blankFields_areNamedInTheProblems() {
        assertThat(new NewPost("  ", null).problems())
                .containsExactly("Say who you are: the author is empty.", "Write something: the text is empty.");
    }

    @Test
    void tooLongFields_sayTheLengthAndTheLimit() {
        assertThat(new NewPost("a".repeat(81), "b".repeat(2001)).problems())
                .containsExactly("The author has 81 characters; 80 at most.",
                        "The text has 2001 characters; 2000 at most.");
    }

    @Test
    void surroundingSpace_isDropped() {
        NewPost post = new NewPost("  ann ", "\nhello\n");

        assertThat(post.problems()).isEmpty();
        assertThat(post.author()).isEqualTo("ann");
        assertThat(post.body()).isEqualTo("hello");
    }
}
