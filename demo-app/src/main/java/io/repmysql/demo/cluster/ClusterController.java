package io.repmysql.demo.cluster;

import io.repmysql.haproxy.stats.StatsRow;
import io.repmysql.demo.posts.PostService;
import io.repmysql.demo.servedby.LastWrite;
import io.repmysql.demo.servedby.SeenServers;
import io.repmysql.demo.servedby.ServerIdentity;
import io.repmysql.driver.RepMySqlUrl;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The cluster page: HAProxy's view of every server, drawn, plus a table of the same. */
@Controller
public class ClusterController {

    private final PostService posts;
    private final HaproxyStats stats;
    private final SeenServers seen;
    private final ReplicaDelay delay;
    private final RepMySqlUrl url;

    public ClusterController(PostService posts, HaproxyStats stats, SeenServers seen, ReplicaDelay delay,
                             @Value("${spring.datasource.url}") String datasourceUrl) throws SQLException {
        this.posts = posts;
        this.stats = stats;
        this.seen = seen;
        this.delay = delay;
        this.url = RepMySqlUrl.parse(datasourceUrl, new Properties());
    }

    @GetMapping("/cluster")
    public String cluster(Model model, HttpSession session) {
        ServerIdentity reads = posts.readServer();
        LastWrite lastWrite = (LastWrite) session.getAttribute("lastWrite");
        List<StatsRow> rows = List.of();
        Map<String, ProvisionedNodes.Node> provisioned = Map.of();
        if (!stats.configured()) {
            model.addAttribute("statsProblem", "No HAProxy stats configured (repmysql.stats.url): the picture "
                    + "shows no servers. bin/repmysql demo passes them.");
        } else {
            try {
                rows = stats.servers();
                provisioned = stats.provisioned();
            } catch (IOException e) {
                model.addAttribute("statsProblem", "Cannot read HAProxy's stats: " + e.getMessage());
            }
        }
        ClusterView view = ClusterView.of(RepMySqlUrl.hostPort(url.host(), url.writePort()),
                RepMySqlUrl.hostPort(url.readHost(), url.readPort()), stats.pageUrl(), rows,
                provisioned, ClusterView.idsFrom(seen), reads, lastWrite == null ? null : lastWrite.server());
        model.addAttribute("reads", reads);
        addDelay(model);
        model.addAttribute("view", view);
        model.addAttribute("svg", TopologySvg.render(view));
        return "cluster";
    }

    private void addDelay(Model model) {
        model.addAttribute("maxDelay", ReplicaDelay.MAX_SECONDS);
        String unavailable = delay.unavailable();
        if (unavailable != null) {
            model.addAttribute("delayProblem", unavailable);
            return;
        }
        try {
            model.addAttribute("replicaDelays", delay.replicas());
        } catch (IOException | SQLException e) {
            model.addAttribute("delayProblem", "Cannot read the replicas' delay: " + e.getMessage());
        }
    }

    /** The switch: every replica applies each transaction {@code seconds} after the primary (0 clears it). */
    @PostMapping("/cluster/replica-delay")
    public String replicaDelay(@RequestParam int seconds, RedirectAttributes redirect) {
        try {
            List<ReplicaDelay.Replica> changed = delay.set(seconds);
            redirect.addFlashAttribute("delayDone", seconds == 0
                    ? "Cleared the delay on " + changed.size() + " replicas."
                    : "The " + changed.size() + " replicas now apply each write " + seconds + " s after the primary.");
        } catch (IllegalArgumentException | IOException | SQLException e) {
            // Shown on the page rather than thrown: the visitor can fix the number or the cluster and try again.
            redirect.addFlashAttribute("delayFailed", "The delay was not changed: " + e.getMessage());
        }
        return "redirect:/cluster";
    }
}
