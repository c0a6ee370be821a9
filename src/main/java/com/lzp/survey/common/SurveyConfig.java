package com.lzp.survey.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Settings of the survey service; each can be overridden by an environment variable (see README). */
@ConfigMapping(prefix = "survey")
public interface SurveyConfig {

    /** Questionnaire definition files to load at start: classpath resources or file paths. */
    @WithDefault("questionnaires/lzp-cadre-v2.json")
    List<String> questionnaireFiles();

    /** A folder whose *.json files are loaded as questionnaire definitions too. */
    Optional<String> questionnaireDir();

    /** Base address used to build invitation links shown to admins. */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** Groups smaller than this are suppressed in committee outputs. */
    @WithDefault("5")
    int suppressionThreshold();

    /** Time zone in which filter dates (from, to) are read. */
    @WithDefault("Asia/Shanghai")
    String timeZone();

    Analysis analysis();

    Admin admin();

    interface Admin {
        /** Name of the first admin, created when no user exists. */
        @WithDefault("admin")
        String username();

        /** Password of the first admin; without one, a random one is generated and logged once. */
        Optional<String> password();
    }

    Chart chart();

    Demo demo();

    interface Analysis {
        /** Bootstrap resamples for the confidence intervals of the cause attribution. */
        @WithDefault("1000")
        int bootstrapDraws();

        /** Seed of the bootstrap: the same data and seed give the same intervals. */
        @WithDefault("20241123")
        long bootstrapSeed();

        /** Confidence level of the intervals. */
        @WithDefault("0.95")
        double confidence();
    }

    interface Chart {
        /** Default chart width in pixels. */
        @WithDefault("900")
        int width();

        /** Default chart height in pixels. */
        @WithDefault("540")
        int height();
    }

    interface Demo {
        /** Load the demo wave at start when the database has no wave yet. */
        @WithDefault("true")
        boolean enabled();

        /** Seed of the demo data generator: the same seed gives the same data. */
        @WithDefault("20241123")
        long seed();

        /** Number of synthetic responses. */
        @WithDefault("565")
        int responses();
    }
}
