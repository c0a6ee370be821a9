package com.lzp.survey.access;

import java.time.Instant;

/** An account as listed to admins: never the password hash. */
public record UserView(String username, String role, Instant createdAt) {

    static UserView of(AppUser user) {
        return new UserView(user.username, user.role, user.createdAt);
    }
}
