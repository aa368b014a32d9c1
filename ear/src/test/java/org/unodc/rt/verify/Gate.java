package org.unodc.rt.verify;

import java.util.concurrent.CountDownLatch;

/** Open or closed; threads that find it closed wait until it opens. Starts open. */
final class Gate {

    private volatile CountDownLatch open = new CountDownLatch(0);

    synchronized void down() {
        if (open.getCount() == 0) {
            open = new CountDownLatch(1);
        }
    }

    synchronized void up() {
        open.countDown();
    }

    void await() {
        try {
            open.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
