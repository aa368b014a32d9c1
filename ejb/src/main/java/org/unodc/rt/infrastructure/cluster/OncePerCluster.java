package org.unodc.rt.infrastructure.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.unodc.rt.domain.cycle.ReportingCycle;

/**
 * Work that must happen once per cluster and day. Every server runs the same timers; before a daily job does its work
 * it claims the day's row in {@code scheduled_run}. The database's primary key lets one server in, whichever comes
 * first; the others skip. On a single server the claim always succeeds, and a day's second start (a restart at 6:00)
 * does not send the reminders twice either.
 */
@Stateless
@PermitAll
public class OncePerCluster {

    private static final Logger LOG = Logger.getLogger(OncePerCluster.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    SessionContext context;

    /** Whether this server does {@code job} today (Vienna time); false when another server has already claimed it. */
    public boolean claimToday(String job) {
        Instant now = Instant.now(clock);
        ScheduledRun.Key key = new ScheduledRun.Key(job, LocalDate.ofInstant(now, ReportingCycle.VIENNA));
        ScheduledRun run = em.find(ScheduledRun.class, key);
        if (run != null) {
            LOG.info(() -> "Skipping " + job + " on " + key.runOn() + ": " + run.node() + " did it");
            return false;
        }
        try {
            // Two servers may both find no row; the primary key lets one of them in.
            context.getBusinessObject(OncePerCluster.class).insert(key, now);
            return true;
        } catch (EJBException | PersistenceException taken) {
            LOG.info(() -> "Skipping " + job + " on " + key.runOn() + ": another server claimed it first");
            return false;
        }
    }

    /** Inserts the claim in a transaction of its own, committed before the job's work starts. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insert(ScheduledRun.Key key, Instant now) {
        em.persist(new ScheduledRun(key, node(), now));
        em.flush();
    }

    /** This server's name in the cluster (WildFly's {@code jboss.node.name}). */
    static String node() {
        return System.getProperty("jboss.node.name", "this server");
    }
}
