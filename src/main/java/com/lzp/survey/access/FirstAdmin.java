package com.lzp.survey.access;

import com.lzp.survey.common.SurveyConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes sure someone can sign in on a new installation: when no user exists, creates the admin named by
 * {@code SURVEY_ADMIN_USERNAME} with the password in {@code SURVEY_ADMIN_PASSWORD}; without a password, a random
 * one is generated and written once to the log. No password is ever built in.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyConfig config;

    FirstAdmin(SurveyConfig config) {
        this.config = config;
    }

    @Transactional
    void createIfNoUser(@Observes @Priority(30) StartupEvent event) {
        if (AppUser.count() > 0) {
            return;
        }
        String username = config.admin().username();
        String chosen = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        String actual = chosen != null ? chosen : generated();
        AppUser.of(username, actual, Roles.ADMIN).persist();
        if (chosen != null) {
            Log.infof("first admin '%s' created from SURVEY_ADMIN_PASSWORD", username);
        } else {
            Log.warnf(
                    "first admin '%s' created with the one-time password %s — change it (POST /api/account/password)"
                            + " (or set SURVEY_ADMIN_PASSWORD before the first start)",
                    username, actual);
        }
    }

    private static String generated() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
