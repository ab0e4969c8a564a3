package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a choice leads: one node, or an ordered list of routes of which the first whose condition
 * holds wins. A route's condition is tested after the choice's effects, steps and risks have been
 * applied, so an ending can be picked by the whole conduct of the session.
 */
@JsonDeserialize(using = NextDeserializer.class)
public record Next(List<Route> routes) {

    public Next {
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    /** A plain {@code next: node}. */
    public static Next to(String node) {
        return new Next(List.of(new Route(null, node)));
    }

    /** Whether this is a plain {@code next: node} without conditions. */
    public boolean isSingle() {
        return routes.size() == 1 && routes.get(0).when() == null;
    }

    /** The first route whose condition holds, or null when none does (the validator demands a fallback). */
    public String resolve(Facts facts) {
        for (Route r : routes) {
            if (r.when() == null || r.when().test(facts)) return r.to();
        }
        return null;
    }

    /** Every node this choice may lead to, in the order of the routes, each once. */
    public List<String> targets() {
        List<String> out = new ArrayList<>(routes.size());
        for (Route r : routes) if (r.to() != null && !out.contains(r.to())) out.add(r.to());
        return out;
    }

    /** The file form: a plain node id when single, so older files keep their content hash. */
    @JsonValue
    Object json() {
        return isSingle() ? routes.get(0).to() : routes;
    }
}
