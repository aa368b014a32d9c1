package org.unodc.rt.verify;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition only the server can make true, asking it again every 200 ms until a limit. */
final class Await {

    private Await() {}

    /** True as soon as the condition holds; false when it still does not after {@code limit}. */
    static boolean until(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }
}
