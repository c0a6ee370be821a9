package com.lzp.survey.collection;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Optional;

/** A unit Party organization (单位党组织) whose party-affairs cadres answer the survey. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntity {

    public String code;
    public String name;

    @Enumerated(EnumType.STRING)
    public UnitType type;

    /** How many party-affairs cadres the unit has: the denominator of its response rate. */
    @Column(name = "expected_cadres")
    public int expectedCadres;

    public static Optional<Unit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static Unit of(String code, String name, UnitType type, int expectedCadres) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.type = type;
        unit.expectedCadres = expectedCadres;
        return unit;
    }
}
