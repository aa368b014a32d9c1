package org.unodc.rt.reports;

/** The document formats the renderer writes, with what a download needs to name and type them. */
public enum ReportFormat {
    PDF("application/pdf", "pdf", true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false),
    ODT("application/vnd.oasis.opendocument.text", "odt", false),
    HTML("text/html;charset=UTF-8", "html", false);

    private final String mediaType;
    private final String extension;
    private final boolean paginated;

    ReportFormat(String mediaType, String extension, boolean paginated) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.paginated = paginated;
    }

    /**
     * Whether the document is laid out in fixed pages. The others are filled as one flowing page:
     * a word processor, a spreadsheet or a browser paginates (or scrolls) by itself, and text the
     * secretariat adds must push the rest down, not collide with a printed page footer.
     */
    public boolean paginated() {
        return paginated;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Without the dot: "pdf". */
    public String extension() {
        return extension;
    }
}
