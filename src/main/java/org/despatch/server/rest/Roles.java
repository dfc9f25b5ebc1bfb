package org.despatch.server.rest;

/** The two roles of the API, granted to users by the server's application realm (Elytron). */
public final class Roles {

    /** May start, stop, restart and abandon jobs, and read everything. */
    public static final String OPERATOR = "operator";
    /** May read: jobs, executions and the researcher views. */
    public static final String RESEARCHER = "researcher";

    private Roles() {
    }
}
