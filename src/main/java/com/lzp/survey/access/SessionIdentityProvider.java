package com.lzp.survey.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * Re-establishes who a form-login session cookie belongs to, from the user as stored now: a removed account or a
 * changed role takes effect on the next request, not when the cookie expires.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> identityOf(request.getPrincipal()));
    }

    @ActivateRequestContext
    SecurityIdentity identityOf(String username) {
        return AppUser.findByUsername(username)
                .map(UserIdentityProvider::identity)
                .orElseThrow(() -> new AuthenticationFailedException("账号已不存在"));
    }
}
