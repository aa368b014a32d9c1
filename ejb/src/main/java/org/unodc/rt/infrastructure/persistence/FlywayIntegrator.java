package org.unodc.rt.infrastructure.persistence;

import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the versioned migrations while Hibernate builds the session factory, before it validates the schema: the
 * database is always migrated before any entity touches it, on H2 and on PostgreSQL alike, and JPA never generates
 * tables. Registered through {@code META-INF/services}.
 */
public class FlywayIntegrator implements Integrator {

    static final String DATASOURCE = "java:jboss/datasources/RtDS";
    private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class.getName());

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = lookup();
        MigrateResult result = Flyway.configure(FlywayIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")");
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }

    private static DataSource lookup() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("The datasource " + DATASOURCE + " is not configured in the server", e);
        }
    }
}
