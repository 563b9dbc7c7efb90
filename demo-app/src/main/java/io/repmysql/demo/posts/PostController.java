package io.repmysql.demo.posts;

import io.repmysql.demo.servedby.LastWrite;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

@Controller
public class PostController {

    private final PostService service;

    public PostController(PostService service) {
        this.service = service;
    }

    @GetMapping("/")
    public String list(Model model) {
        var served = service.newestFirst();
        model.addAttribute("posts", served.value());
        model.addAttribute("reads", served.server());
        if (!model.containsAttribute("newPost")) {
            model.addAttribute("newPost", NewPost.empty());
        }
        return "posts";
    }

    @PostMapping("/posts")
    public String create(NewPost newPost, HttpSession session, RedirectAttributes redirect, Model model) {
        List<String> problems = newPost.problems();
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("newPost", newPost);
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/";
        }
        var served = service.create(newPost);
        LastWrite.remember(session, served.server(), served.value().getId());
        redirect.addFlashAttribute("created", served.value().getId());
        return "redirect:/";
    }

    @GetMapping("/posts/{id}")
    public String show(@PathVariable long id, Model model) {
        var served = service.find(id);
        model.addAttribute("reads", served.server());
        model.addAttribute("post", served.value().orElseThrow(() -> new PostNotFound(id)));
        return "post";
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class PostNotFound extends RuntimeException {
        PostNotFound(long id) {
            super("no post " + id + " (yet: a replica may not have it)");
        }
    }
}
