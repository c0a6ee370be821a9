package com.lzp.survey.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One request of a signed-in person: who requested or downloaded what, when, and with what outcome. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;
    public String username;
    public String role;
    public String method;
    public String path;
    public int status;

    public static List<AuditEvent> listNewestFirst(int limit) {
        return find("order by at desc, id desc").page(0, limit).list();
    }
}
