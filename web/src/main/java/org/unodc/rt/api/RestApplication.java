package org.unodc.rt.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All REST resources live under /api/v1; a later incompatible API gets /api/v2 beside it. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}
