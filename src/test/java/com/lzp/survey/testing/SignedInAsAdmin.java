package com.lzp.survey.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every Quarkus test's requests carry the test admin's credentials unless the test says otherwise
 * ({@code given().auth().none()} for anonymous, or another user), so that API tests are about their API, not about
 * signing in. A Quarkus callback rather than a JUnit extension: it runs in the class loader the tests run in.
 */
public class SignedInAsAdmin implements QuarkusTestBeforeEachCallback {

    public static final String USERNAME = "admin";
    /** Set in the test profile ({@code %test.survey.admin.password}); never used outside tests. */
    public static final String PASSWORD = "test-admin-password";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(USERNAME, PASSWORD);
    }
}
