package io.repmysql.driver.routing;

/** Every possible {@link RouteDecision}, made once, so routing a statement allocates nothing. */
final class Decisions {

    private static final RouteDecision[][] ALL = new RouteDecision[Target.values().length][Reason.values().length];

    static {
        for (Target target : Target.values()) {
            for (Reason reason : Reason.values()) {
                ALL[target.ordinal()][reason.ordinal()] = new RouteDecision(target, reason);
            }
        }
    }

    private Decisions() {
    }

    static RouteDecision of(Target target, Reason reason) {
        return ALL[target.ordinal()][reason.ordinal()];
    }
}
