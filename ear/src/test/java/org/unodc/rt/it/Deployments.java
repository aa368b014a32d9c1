package org.unodc.rt.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The one place integration tests get their deployment from: the EAR the build produced, exactly as the run
 * command deploys it, plus (for tests that run inside the server) a library carrying the test classes.
 */
public final class Deployments {

    private Deployments() {}

    /** The application as users get it; for tests that talk to it over HTTP. */
    public static EnterpriseArchive application() {
        String path = System.getProperty("rt.ear");
        File ear = new File(path);
        if (!ear.isFile()) {
            throw new IllegalStateException(
                    "The EAR " + path + " is missing: run the tests through Maven (mvn verify).");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The application plus a library with the given test classes, for tests that call services inside the server.
     * WildFly's own Arquillian protocol runs them in the EAR's class loader, beside the services they test.
     */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "rt-tests.jar")
                .addClasses(testClasses)
                .addClass(Deployments.class)
                .addPackages(true, "org.assertj")
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return application().addAsLibrary(tests);
    }
}
