package com.lzp.survey.access;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every request a signed-in person makes (the committee's and researchers' downloads among them) in the
 * audit table, in its own transaction so that a failing request is recorded too. Respondents are not recorded:
 * they are anonymous.
 */
public class AuditLog {

    private final SecurityIdentity identity;

    AuditLog(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        if (identity.isAnonymous()) {
            return;
        }
        UriInfo uri = request.getUriInfo();
        String query = uri.getRequestUri().getRawQuery();
        String path = uri.getPath() + (query == null ? "" : "?" + query);
        AuditEvent event = new AuditEvent();
        event.at = Instant.now();
        event.username = identity.getPrincipal().getName();
        event.role = identity.getRoles().stream().findFirst().orElse(null);
        event.method = request.getMethod();
        event.path = path.length() > 500 ? path.substring(0, 500) : path;
        event.status = response.getStatus();
        if (Context.isOnEventLoopThread()) {
            // responses written by an exception mapper can reach this filter on an IO thread, where the database
            // may not be used: the record is written by a worker instead of being lost
            Infrastructure.getDefaultWorkerPool().execute(() -> persist(event));
        } else {
            persist(event);
        }
    }

    private static void persist(AuditEvent event) {
        try {
            QuarkusTransaction.requiringNew().run(event::persist);
        } catch (RuntimeException e) {
            Log.error("audit record failed for " + event.username + " " + event.path, e);
        }
    }
}
