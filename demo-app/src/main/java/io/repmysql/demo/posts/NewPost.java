package io.repmysql.demo.posts;

import java.util.ArrayList;
import java.util.List;

/** What the form sends. Checked here rather than with Bean Validation: two fields do not need a framework. */
public record NewPost(String author, String body) {

    static final int MAX_AUTHOR = 80;
    static final int MAX_BODY = 2000;

    public NewPost {
        author = author == null ? "" : author.strip();
        body = body == null ? "" : body.strip();
    }

    public static NewPost empty() {
        return new NewPost("", "");
    }

    /** What is wrong with the form, in words for the person who filled it in; empty when nothing is. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (author.isEmpty()) {
            problems.add("Say who you are: the author is empty.");
        } else if (author.length() > MAX_AUTHOR) {
            problems.add("The author has " + author.length() + " characters; " + MAX_AUTHOR + " at most.");
        }
        if (body.isEmpty()) {
            problems.add("Write something: the text is empty.");
        } else if (body.length() > MAX_BODY) {
            problems.add("The text has " + body.length() + " characters; " + MAX_BODY + " at most.");
        }
        return problems;
    }
}
