package org.unodc.rt.api.system;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.unodc.rt.application.HealthService;

/** Readiness for load balancers and operators: 200 only when every check is up, 503 otherwise. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    public record CheckJson(String status, String detail) {}

    public record HealthJson(String status, Map<String, CheckJson> checks) {}

    @Inject
    HealthService health;

    @GET
    public Response ready() {
        Map<String, CheckJson> checks = new LinkedHashMap<>();
        boolean up;
        try {
            Map<String, HealthService.Check> results = health.checks();
            results.forEach(
                    (name, check) -> checks.put(name, new CheckJson(check.up() ? "UP" : "DOWN", check.detail())));
            up = results.values().stream().allMatch(HealthService.Check::up);
        } catch (RuntimeException e) {
            checks.put("database", new CheckJson("DOWN", "checks could not run: " + e.getMessage()));
            up = false;
        }
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new HealthJson(up ? "UP" : "DOWN", checks))
                .build();
    }
}
