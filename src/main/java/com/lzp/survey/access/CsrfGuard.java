package com.lzp.survey.access;

import com.lzp.survey.common.SurveyException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Cross-site request forgery: a change made with the session cookie (not with an Authorization header) must carry
 * the header {@value #HEADER}, which a page of another site cannot set without this service's consent. The session
 * cookie is also SameSite=Strict. Respondents' submissions need neither: they carry no cookie and their link is
 * their key.
 */
public class CsrfGuard {

    public static final String HEADER = "X-Requested-With";
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> OPEN_PATHS = List.of("/api/invitations/", "/j_security_check", "/logout");

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean cookieSession = request.getCookies().containsKey(LoginPages.SESSION_COOKIE)
                && request.getHeaderString("Authorization") == null;
        if (CHANGES.contains(request.getMethod())
                && cookieSession
                && request.getHeaderString(HEADER) == null
                && OPEN_PATHS.stream().noneMatch(path::startsWith)) {
            throw new SurveyException(403, "csrf", "请求被拒绝", "该操作需要从本系统的页面发起。", List.of());
        }
    }
}
