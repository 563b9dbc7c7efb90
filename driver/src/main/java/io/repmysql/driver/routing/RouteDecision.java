package io.repmysql.driver.routing;

/**
 * Where one statement runs now, and why.
 *
 * @param target the physical connection(s) to run on
 * @param reason the rule that chose it, printed by {@code repmysql explain} and counted by the routing metrics
 */
public record RouteDecision(Target target, Reason reason) {
}
