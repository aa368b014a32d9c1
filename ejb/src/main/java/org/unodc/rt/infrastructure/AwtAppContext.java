package org.unodc.rt.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import javax.imageio.ImageIO;

/**
 * Creates the JVM's one AWT application context while the thread's context class loader is the server's, not this
 * application's. AWT keeps the loader of the thread that first touches it (fonts when a report is rendered, images
 * when an uploaded PDF is read) until the JVM stops: when that was this application's, every redeployment left a
 * whole copy of the application in memory.
 */
@Startup
@Singleton
public class AwtAppContext {

    @PostConstruct
    void createOutsideTheApplication() {
        Thread thread = Thread.currentThread();
        ClassLoader application = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            // The first call that needs the application context creates it (ImageIO's cache settings live there).
            ImageIO.getUseCache();
        } finally {
            thread.setContextClassLoader(application);
        }
    }
}
