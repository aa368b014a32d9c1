package org.unodc.rt.infrastructure.cluster;

import jakarta.annotation.Resource;
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
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unodc.rt.domain.cycle.ReportingCycle;

/**
 * Work that must happen once per cluster and day. Every server runs the same timers; before a daily job does its work
 * it claims the day's row in {@code scheduled_run}. The database's primary key lets one server in, whichever comes
 * first; the others skip. On a single server the claim always succeeds, and a day's second start (a restart at 6:00)
 * does not send the reminders twice either. Work that fails gives the day back, so that the container's retry or
 * another server's timer can do it.
 */
@Stateless
@PermitAll
public class OncePerCluster {

    private static final Logger LOG = Logger.getLogger(OncePerCluster.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Does {@code work} if this server claims {@code job} today (Vienna time); empty when another server has. When the
     * work throws, the claim is withdrawn and the exception goes on.
     */
    public <T> Optional<T> doToday(String job, Supplier<T> work) {
        if (!claimToday(job)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } catch (RuntimeException e) {
            self().release(key(job));
            throw e;
        }
    }

    /** Whether this server does {@code job} today; false when another server has already claimed it. */
    public boolean claimToday(String job) {
        ScheduledRun.Key key = key(job);
        ScheduledRun run = em.find(ScheduledRun.class, key);
        if (run != null) {
            LOG.info(() -> "Skipping " + job + " on " + key.runOn() + ": " + run.node() + " did it");
            return false;
        }
        try {
            // Two servers may both find no row; the primary key lets one of them in.
            boolean claimed = self().insert(key, Instant.now(clock));
            if (!claimed) {
                LOG.info(() -> "Skipping " + job + " on " + key.runOn() + ": another server claimed it first");
            }
            return claimed;
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Could not claim " + job + " for " + key.runOn() + "; this server skips it", e);
            return false;
        }
    }

    /** Inserts the claim in a transaction of its own, committed before the job's work starts; false if taken. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean insert(ScheduledRun.Key key, Instant now) {
        try {
            em.persist(new ScheduledRun(key, node(), now));
            em.flush();
            return true;
        } catch (PersistenceException taken) {
            // The primary key: another server inserted the day's row first. This transaction is rolled back.
            context.setRollbackOnly();
            return false;
        }
    }

    /** Withdraws a claim whose work failed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(ScheduledRun.Key key) {
        ScheduledRun run = em.find(ScheduledRun.class, key);
        if (run != null) {
            em.remove(run);
        }
    }

    private ScheduledRun.Key key(String job) {
        return new ScheduledRun.Key(job, LocalDate.ofInstant(Instant.now(clock), ReportingCycle.VIENNA));
    }

    private OncePerCluster self() {
        return context.getBusinessObject(OncePerCluster.class);
    }

    /** This server's name in the cluster (WildFly's {@code jboss.node.name}). */
    static String node() {
        return System.getProperty("jboss.node.name", "this server");
    }
}
