package com.lzp.survey.access;

import java.time.Instant;

/** One audit record as admins read it. */
public record AuditRecord(Instant at, String username, String role, String method, String path, int status) {

    static AuditRecord of(AuditEvent event) {
        return new AuditRecord(event.at, event.username, event.role, event.method, event.path, event.status);
    }
}
