package io.repmysql.demo.servedby;

import io.repmysql.driver.RepMySqlDriver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page shows at its foot: the server of this visitor's last write, and the driver's counters. Added
 * after the handler ran (not as a model attribute before it), so the counters include this page's statements.
 */
public class ServedByInterceptor implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
            return;
        }
        page.addObject("lastWrite", LastWrite.of(request.getSession(false)));
        page.addObject("routing", RoutingCounters.of(RepMySqlDriver.metrics()));
        // Two instances of the app on one host share cookies, the causal token's among them: the port tells them apart.
        page.addObject("instancePort", request.getLocalPort());
    }
}
