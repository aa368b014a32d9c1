package org.unodc.rt.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * All REST resources live under /api/v1; a later incompatible API gets /api/v2 beside it. The server generates the
 * API reference from these classes and serves it at /openapi (WildFly's MicroProfile OpenAPI); this says what the
 * whole API is. Basic credentials or none: the public parts answer anonymous callers, the rest refuse them.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Resolution Tracker API",
                        version = "1",
                        description =
                                "JSON for national reporting systems and the secretariat: reporting cycles, returns and"
                                        + " their review, reports, the library of legislation, resolutions, sessions, Member States,"
                                        + " accounts and the audit trail. Machine clients authenticate with the HTTP Basic credentials"
                                        + " of an account; the public parts (library, resolutions, sessions, Member States, health,"
                                        + " password resets) also answer anonymous callers. A focal point reads and changes only its"
                                        + " own State's returns: any other return answers 403 and the attempt is written to the audit"
                                        + " trail. The same rules and validation apply as in the pages. Errors are JSON too:"
                                        + " {\"status\": 404, \"error\": \"Not Found\", \"message\": \"...what to do...\"}. Times are"
                                        + " UTC instants (ISO 8601); deadlines are dates in Vienna time."),
        securitySets = {@SecurityRequirementsSet(@SecurityRequirement(name = "basic")), @SecurityRequirementsSet({})})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {}
