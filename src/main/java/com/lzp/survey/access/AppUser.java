package com.lzp.survey.access;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A person who signs in. Only a bcrypt hash of the password is stored. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntity {

    static final int BCRYPT_COST = 12;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    public String role;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<AppUser> listByName() {
        return list("order by username");
    }

    public static AppUser of(String username, String password, String role) {
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = BCrypt.withDefaults().hashToString(BCRYPT_COST, password.toCharArray());
        user.role = role;
        user.createdAt = Instant.now();
        return user;
    }

    public boolean hasPassword(char[] password) {
        return BCrypt.verifyer().verify(password, passwordHash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
