package io.modelgate.server;

import io.modelgate.server.http.ApiError;
import io.modelgate.server.http.Endpoint;
import io.modelgate.server.http.Execution;
import io.modelgate.server.http.Route;
import io.modelgate.server.http.Routes;

/**
 * The service's URLs: {@code POST /v1/models/{name}:predict} (scoring threads), {@code GET /v1/models/{name}},
 * {@code GET /health/live}, {@code GET /health/ready}, {@code GET /metrics} (network threads) and {@code POST
 * /admin/reload} (the administration thread).
 */
final class ServiceRoutes implements Routes {
    private static final String MODELS = "/v1/models/";

    private final Route predict;
    private final Route model;
    private final Route live;
    private final Route ready;
    private final Route metrics;
    private final Route reload;

    ServiceRoutes(
            final Endpoint predict,
            final Endpoint model,
            final Endpoint live,
            final Endpoint ready,
            final Endpoint metrics,
            final Endpoint reload) {
        this.predict = new Route("predict", Execution.WORKER, predict);
        this.model = new Route("model", Execution.NETWORK, model);
        this.live = new Route("live", Execution.NETWORK, live);
        this.ready = new Route("ready", Execution.NETWORK, ready);
        this.metrics = new Route("metrics", Execution.NETWORK, metrics);
        this.reload = new Route("reload", Execution.ADMIN, reload);
    }

    @Override
    public Route route(final String method, final String path) {
        return switch (path) {
            case "/health/live" -> only("GET", method, path, live);
            case "/health/ready" -> only("GET", method, path, ready);
            case "/metrics" -> only("GET", method, path, metrics);
            case "/admin/reload" -> only("POST", method, path, reload);
            default -> model(method, path);
        };
    }

    private Route model(final String method, final String path) {
        if (path.startsWith(MODELS) && path.length() > MODELS.length()) {
            String rest = path.substring(MODELS.length());
            if (rest.endsWith(":predict") && rest.length() > ":predict".length() && rest.indexOf('/') < 0) {
                return only("POST", method, path, predict);
            }
            if (rest.indexOf('/') < 0 && rest.indexOf(':') < 0) {
                return only("GET", method, path, model);
            }
        }
        throw new ApiError(404, "not_found", "There is no " + path + "; see docs/serving.md for the endpoints");
    }

    private static Route only(final String allowed, final String method, final String path, final Route route) {
        if (!allowed.equals(method)) {
            throw new ApiError(405, "method_not_allowed", path + " takes " + allowed + ", not " + method);
        }
        return route;
    }
}
