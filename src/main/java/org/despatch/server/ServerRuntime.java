package org.despatch.server;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import javax.sql.DataSource;
import org.despatch.persist.Database;
import org.despatch.runtime.DespatchRuntime;

/**
 * On deployment, before any job can start: opens the application database on the server's datasource (installing
 * the schema and views if needed) and hands it to the batch artifacts. WildFly's batch subsystem runs the jobs;
 * its JDBC job repository uses the same datasource (server-config/despatch.cli).
 */
@Singleton
@Startup
public class ServerRuntime {

    /** The datasource server-config/despatch.cli defines. */
    public static final String DATASOURCE = "java:jboss/datasources/DespatchDS";

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void start() {
        DespatchRuntime.useDatabase(Database.open(dataSource, DATASOURCE));
    }

    @PreDestroy
    void stop() {
        DespatchRuntime.stop();
    }
}
