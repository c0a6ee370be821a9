package com.lzp.survey.testing;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;

/** Makes RestAssured read JSON decimals as doubles (its default, float, loses the digits statistics need). */
public final class JsonNumbers {

    private JsonNumbers() {}

    public static void asDoubles() {
        RestAssured.config =
                RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));
    }
}
