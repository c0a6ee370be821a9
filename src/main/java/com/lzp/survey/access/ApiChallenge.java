package com.lzp.survey.access;

import com.lzp.survey.common.Problem;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Someone not signed in: a program calling the API gets a 401 problem with a Basic challenge; a person opening a
 * page is sent to the sign-in page, and back to that page afterwards.
 */
public class ApiChallenge {

    /** The form login returns here after signing in. */
    static final String RETURN_COOKIE = "quarkus-redirect-location";

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        if (!uri.getPath().startsWith("/api/")) {
            // written as the form login writes it: NewCookie would quote the value, which it does not read back
            return Response.status(302)
                    .location(URI.create("/login"))
                    .header(
                            HttpHeaders.SET_COOKIE,
                            RETURN_COOKIE + "=" + uri.getRequestUri() + "; Path=/; SameSite=Strict")
                    .build();
        }
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"lzp-survey\", charset=\"UTF-8\"")
                .entity(new Problem(
                        "/problems/unauthenticated",
                        "需要登录",
                        401,
                        "请使用账号访问：在请求中提供 HTTP Basic 认证（用户名和密码）。",
                        null,
                        List.of()))
                .build();
    }
}
