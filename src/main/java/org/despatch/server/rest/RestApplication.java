package org.despatch.server.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, JSON under {@code /despatch/api}. Every call needs an authenticated user with the role
 * {@value Roles#OPERATOR} or {@value Roles#RESEARCHER} (web.xml); only operators change anything.
 */
@ApplicationPath("api")
public class RestApplication extends Application {
}
