package com.lzp.survey.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks user names and passwords (form login and HTTP basic) against the bcrypt hashes in PostgreSQL, with the
 * same message for an unknown name and a wrong password, so that names cannot be probed. A bcrypt check costs a
 * quarter of a second by design; API clients send their password with every request, so a successful check is
 * remembered for a few minutes, tied to the stored hash: a changed password or a removed user ends it at once.
 */
@ApplicationScoped
public class UserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final Duration REMEMBERED = Duration.ofMinutes(5);

    private record Checked(String passwordHash, String passwordDigest, Instant until) {}

    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(
                () -> check(request.getUsername(), request.getPassword().getPassword()));
    }

    @ActivateRequestContext
    SecurityIdentity check(String username, char[] password) {
        AppUser user =
                AppUser.findByUsername(username).orElseThrow(() -> new AuthenticationFailedException("用户名或密码不正确"));
        String digest = sha256(password);
        Checked earlier = checked.get(username);
        boolean remembered = earlier != null
                && earlier.passwordHash().equals(user.passwordHash)
                && MessageDigest.isEqual(
                        earlier.passwordDigest().getBytes(StandardCharsets.US_ASCII),
                        digest.getBytes(StandardCharsets.US_ASCII))
                && Instant.now().isBefore(earlier.until());
        if (!remembered) {
            if (!user.hasPassword(password)) {
                throw new AuthenticationFailedException("用户名或密码不正确");
            }
            checked.put(
                    username,
                    new Checked(user.passwordHash, digest, Instant.now().plus(REMEMBERED)));
        }
        return identity(user);
    }

    static SecurityIdentity identity(AppUser user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role)
                .build();
    }

    private static String sha256(char[] password) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
