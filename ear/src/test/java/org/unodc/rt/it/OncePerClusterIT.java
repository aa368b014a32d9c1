package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unodc.rt.infrastructure.cluster.OncePerCluster;

/**
 * The daily jobs of a cluster (reminders, the file sweep) run on every server's timer; the database lets one server
 * do each day's work. Servers here are threads of one server claiming through the same database at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class OncePerClusterIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(OncePerClusterIT.class);
    }

    @Inject
    OncePerCluster oncePerCluster;

    @Test
    void ofServersClaimingTheSameDaysJobAtOnceExactlyOneDoesIt() throws Exception {
        String job = "it-job-" + System.nanoTime();
        ExecutorService servers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> claims = List.of(
                    () -> oncePerCluster.claimToday(job),
                    () -> oncePerCluster.claimToday(job),
                    () -> oncePerCluster.claimToday(job),
                    () -> oncePerCluster.claimToday(job));
            long won = 0;
            for (Future<Boolean> claim : servers.invokeAll(claims)) {
                won += claim.get() ? 1 : 0;
            }
            assertThat(won).as("servers that did the job").isEqualTo(1);
        } finally {
            servers.shutdown();
        }
        assertThat(oncePerCluster.claimToday(job))
                .as("a later start the same day")
                .isFalse();
        assertThat(oncePerCluster.claimToday(job + "-other"))
                .as("another job the same day")
                .isTrue();
    }

    @Test
    void workThatFailsGivesTheDayBackSoItCanBeDoneAgain() {
        String job = "it-failing-job-" + System.nanoTime();

        assertThatThrownBy(() -> oncePerCluster.doToday(job, () -> {
                    throw new IllegalStateException("the mail server does not answer");
                }))
                .hasStackTraceContaining("the mail server does not answer");

        assertThat(oncePerCluster.doToday(job, () -> "sent"))
                .as("the retry, the same day")
                .contains("sent");
        assertThat(oncePerCluster.doToday(job, () -> "sent again"))
                .as("once done, done for the day")
                .isEmpty();
    }
}
