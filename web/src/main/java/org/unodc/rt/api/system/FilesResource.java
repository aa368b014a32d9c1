package org.unodc.rt.api.system;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.unodc.rt.infrastructure.files.FileSweep;
import org.unodc.rt.infrastructure.files.FileSweeper;

/** The files directory, for the secretariat: the nightly sweep of files no record points to, run at once. */
@Path("/files")
@Produces(MediaType.APPLICATION_JSON)
public class FilesResource {

    @Inject
    FileSweeper sweeper;

    /** Removes the files an hour old or more that no attachment or library original points to; says how many. */
    @POST
    @Path("sweep")
    public FileSweep.Swept sweep() {
        return sweeper.sweepNow();
    }
}
