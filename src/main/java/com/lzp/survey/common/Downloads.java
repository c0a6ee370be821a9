package com.lzp.survey.common;

import jakarta.ws.rs.core.Response;

/** Responses that browsers save (or show) under a file name that says what they are. */
public final class Downloads {

    public static final String CSV = "text/csv;charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Downloads() {}

    /** Saved as a file: exports, documents. */
    public static Response attachment(Object body, String mediaType, String fileName) {
        return named(body, mediaType, "attachment", fileName);
    }

    /** Shown in the browser, saved under its name: charts. */
    public static Response inline(Object body, String mediaType, String fileName) {
        return named(body, mediaType, "inline", fileName);
    }

    private static Response named(Object body, String mediaType, String disposition, String fileName) {
        return Response.ok(body, mediaType)
                .header("Content-Disposition", disposition + "; filename=\"" + fileName + "\"")
                .build();
    }
}
