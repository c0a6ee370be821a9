package com.lzp.survey.common;

/** One thing wrong with one field of a request, said so that a person understands it. */
public record FieldError(String field, String message) {}
