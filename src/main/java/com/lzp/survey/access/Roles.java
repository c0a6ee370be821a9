package com.lzp.survey.access;

/**
 * The roles of DESIGN.md §1. Respondents have none: their invitation link is their only key.
 */
public final class Roles {

    /** Units, invitations, waves and users. */
    public static final String ADMIN = "admin";
    /** Analysis, charts, the report and anonymised response data. */
    public static final String RESEARCHER = "researcher";
    /** Summary statistics, charts and the report only, always with small-cell suppression. */
    public static final String COMMITTEE = "committee";

    private Roles() {}
}
