package org.unodc.rt.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.unodc.rt.domain.library.IndexEvent;
import org.unodc.rt.domain.library.IndexEvents;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryDocuments;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.infrastructure.DataDirectory;
import org.unodc.rt.search.IndexStats;
import org.unodc.rt.search.LibraryIndex;

/**
 * The one owner of the library index in this server. Applies the index event log in order and records in each
 * Lucene commit how far it got, so after a crash it resumes where it stopped: a change committed to the database is
 * never missing from the index for longer than one catch-up. On a cluster every node runs its own indexer over the
 * shared log and keeps a full local index.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LibraryIndexer {

    /** Fired after a transaction that wrote index events commits, so search sees the change at once. */
    public record Changed() {}

    private static final Logger LOG = Logger.getLogger(LibraryIndexer.class.getName());
    private static final int BATCH = 500;
    /** Longer than any transaction may run (WildFly's default transaction timeout is 300 seconds). */
    static final Duration IN_FLIGHT = Duration.ofMinutes(6);
    /**
     * How long a writer waits for its change to become searchable. Beyond it (a rebuild holding the index, a slow
     * disk) the write still succeeds and the change appears with the next catch-up.
     */
    static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

    @Inject
    LibraryDocuments documents;

    @Inject
    IndexEvents events;

    @Inject
    MemberStates states;

    /** Only to let go of each batch's documents during a long catch-up. */
    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Resource
    TimerService timers;

    private LibraryIndex index;
    private final ReentrantLock applying = new ReentrantLock();
    /** Set when there may be events to apply; a running catch-up then goes round once more. */
    private final AtomicBoolean requested = new AtomicBoolean(true);
    /** Events after the recorded watermark that this server has applied already. */
    private final Set<Long> appliedRecently = ConcurrentHashMap.newKeySet();
    /**
     * Catch-up rounds numbered as they start and as they finish (applied and visible to search). A round that
     * started after a writer's commit reads that writer's events, so the writer waits for the first such round to
     * finish: read-your-writes without waiting on any particular event id.
     */
    private long roundsStarted;

    private long roundsFinished;
    private final Object rounds = new Object();

    private final AtomicReference<String> rebuildState = new AtomicReference<>("idle");
    private final AtomicLong rebuildDone = new AtomicLong();
    private final AtomicLong rebuildTotal = new AtomicLong();

    @PostConstruct
    void open() {
        try {
            index = LibraryIndex.open(DataDirectory.index());
        } catch (IOException e) {
            throw new UncheckedIOException("The library index at " + DataDirectory.index() + " cannot be opened", e);
        }
        LOG.info(() -> "Library index opened at " + DataDirectory.index() + ": " + index.stats());
        // Catch up as soon as the server is up, not at the next scheduled round: a node restarted in a cluster (or
        // started with an empty index) would otherwise answer searches from a stale index for up to ten seconds.
        timers.createSingleActionTimer(1, new TimerConfig("library-index-catch-up-at-start", false));
    }

    @Timeout
    void catchUpAtStart() {
        scheduledCatchUp();
    }

    @PreDestroy
    void close() {
        try {
            index.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the library index failed", e);
        }
    }

    public LibraryIndex index() {
        return index;
    }

    public IndexStats stats() {
        return index.stats();
    }

    /** How many committed changes the index has not applied yet. */
    public long waiting() {
        return events.idsAfter(index.getLastAppliedEvent()).stream()
                .filter(id -> !appliedRecently.contains(id))
                .count();
    }

    /**
     * After a library change commits: apply it, or let the catch-up already running apply it, and return once search
     * sees it (at most {@link #VISIBLE_WITHIN}), so whoever published a document finds it with their next search.
     */
    public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        long after;
        synchronized (rounds) {
            after = roundsStarted;
        }
        requested.set(true);
        try {
            context.getBusinessObject(LibraryIndexer.class).catchUp();
        } catch (RuntimeException e) {
            // The change is committed and the event log keeps it; the scheduled catch-up applies it.
            LOG.log(Level.WARNING, "Applying a library change to the index failed; it will be applied again", e);
            return;
        }
        awaitRoundStartedAfter(after);
    }

    private void awaitRoundStartedAfter(long started) {
        long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
        synchronized (rounds) {
            while (roundsFinished <= started) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.info("A library change is not searchable yet; the index is busy and applies it shortly");
                    return;
                }
                try {
                    rounds.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** A safety net: whatever was missed (an observer that did not run, a crash) is applied within seconds. */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void scheduledCatchUp() {
        if (index.needsRebuild() && "idle".equals(rebuildState.get())) {
            // Written by an earlier version with another layout of fields: rebuilt from the database once.
            LOG.info("The library index was written with another layout of fields; rebuilding it from the database");
            rebuildState.set("running");
            context.getBusinessObject(LibraryIndexer.class).rebuild();
            return;
        }
        requested.set(true);
        catchUp();
    }

    /**
     * Applies every event after the last one the index recorded; returns how many it applied.
     *
     * <p>One catch-up runs at a time, and nobody waits for it: a request whose change arrives while one is running
     * only raises {@link #requested}, and the running catch-up goes round once more before it ends. So a writer's
     * request never queues behind the indexing of other people's changes.
     *
     * <p>Event ids come from the database in the order transactions insert them, not the order they commit: with
     * two editors at once, event 41 can commit after event 42 has been applied. So the index records as done only
     * events older than {@link #IN_FLIGHT}, the longest a transaction may stay open; newer ones are fetched again
     * on each catch-up and applied once they appear, the ones already applied by this server being skipped.
     * Applying an event indexes the document as the database now holds it, so applying it twice is harmless, and
     * several events of one document in a batch index it once.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int catchUp() {
        int applied = 0;
        while (requested.get() && applying.tryLock()) {
            long round;
            synchronized (rounds) {
                round = ++roundsStarted;
            }
            try {
                requested.set(false);
                applied += applyPending();
                synchronized (rounds) {
                    roundsFinished = round;
                    rounds.notifyAll();
                }
            } catch (IOException e) {
                requested.set(true);
                throw new UncheckedIOException("Applying index events failed; they will be applied again", e);
            } finally {
                applying.unlock();
            }
        }
        return applied;
    }

    private int applyPending() throws IOException {
        int applied = 0;
        long after = index.getLastAppliedEvent();
        Watermark watermark = new Watermark(after, Instant.now().minus(IN_FLIGHT));
        while (true) {
            List<IndexEvent> batch = events.after(after, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            Map<Long, IndexEvent> latestPerDocument = new LinkedHashMap<>();
            for (IndexEvent event : batch) {
                if (appliedRecently.add(event.id())) {
                    latestPerDocument.put(event.documentId(), event);
                    applied++;
                }
                watermark.saw(event.id(), event.createdAt());
            }
            if (!latestPerDocument.isEmpty()) {
                Map<String, String> groups = regionalGroups();
                for (IndexEvent event : latestPerDocument.values()) {
                    apply(event, groups);
                }
            }
            after = batch.get(batch.size() - 1).id();
            em.clear();
        }
        if (applied > 0 || watermark.value() > index.getLastAppliedEvent()) {
            long done = watermark.value();
            index.commit(done);
            appliedRecently.removeIf(id -> id <= done);
        }
        if (applied > 0) {
            // Near-real-time: the next search sees what was just applied.
            index.refresh();
        }
        return applied;
    }

    /** Rebuilds the index from the database in the background; {@link #progress()} tells how far it is. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void rebuild() {
        applying.lock();
        try {
            rebuildState.set("running");
            try {
                // Events still in flight stay after the watermark, so the next catch-up applies them again.
                long lastEvent = events.lastCreatedBefore(Instant.now().minus(IN_FLIGHT));
                List<Long> ids = documents.publishedIds();
                rebuildTotal.set(ids.size());
                rebuildDone.set(0);
                Map<String, String> groups = regionalGroups();
                index.rebuild(
                        ids.stream()
                                .flatMap(id -> documents.find(id).stream())
                                .map(document -> record(document, groups)),
                        ids.size(),
                        (done, total) -> rebuildDone.set(done));
                index.commit(lastEvent);
                appliedRecently.clear();
                rebuildState.set("done");
            } catch (IOException | RuntimeException e) {
                rebuildState.set("failed: " + e.getMessage());
                LOG.log(Level.SEVERE, "Rebuilding the library index failed", e);
            }
        } finally {
            applying.unlock();
            requested.set(true);
        }
        // Changes made during the rebuild, and writers waiting for them, need not wait for the schedule.
        context.getBusinessObject(LibraryIndexer.class).catchUp();
    }

    /**
     * How a rebuild stands, for a progress bar.
     *
     * @param state {@code idle}, {@code running}, {@code done} or {@code failed}
     * @param failure why it failed, in the words of the exception; null unless failed
     */
    public record Progress(String state, long done, long total, String failure) implements java.io.Serializable {
        public int percent() {
            return total == 0 ? ("done".equals(state) ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return "running".equals(state);
        }
    }

    public Progress progress() {
        String state = rebuildState.get();
        boolean failed = state.startsWith("failed");
        return new Progress(
                failed ? "failed" : state,
                rebuildDone.get(),
                rebuildTotal.get(),
                failed ? state.substring(Math.min(state.length(), "failed: ".length())) : null);
    }

    private void apply(IndexEvent event, Map<String, String> groups) throws IOException {
        LibraryDocument document = documents.find(event.documentId()).orElse(null);
        if (event.action() == IndexEvent.Action.DELETE || document == null || !document.published()) {
            index.delete(String.valueOf(event.documentId()));
        } else {
            index.index(record(document, groups));
        }
    }

    private org.unodc.rt.search.LibraryDocument record(LibraryDocument document, Map<String, String> groups) {
        return IndexRecords.of(document, groups.get(document.country()), documents.linksOf(document));
    }

    private Map<String, String> regionalGroups() {
        return states.all().stream().collect(Collectors.toMap(MemberState::iso3, s -> s.regionalGroup()
                .englishName()));
    }
}
