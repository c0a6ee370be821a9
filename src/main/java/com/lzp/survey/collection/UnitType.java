package com.lzp.survey.collection;

/** Kind of unit (单位类型), as used for grouping in the analysis. */
public enum UnitType {
    PARTY_DEPARTMENT("党委部门"),
    GOVERNMENT_DEPARTMENT("政府部门"),
    MASS_ORGANIZATION("群团组织"),
    PUBLIC_INSTITUTION("事业单位"),
    STATE_ENTERPRISE("国有企业"),
    OTHER("其他");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
