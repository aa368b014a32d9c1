package org.unodc.rt.application.returns;

import java.nio.file.Path;

/** An attachment to hand to someone allowed to see it: what it is, and where its bytes are. */
public record AttachmentDownload(ReturnView.AttachmentView attachment, Path file) {}
