package org.unodc.rt.application.library;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryEvent;
import org.unodc.rt.infrastructure.DataDirectory;
import org.unodc.rt.infrastructure.files.StagedUpload;
import org.unodc.rt.search.extract.ExtractedText;

/** The original files of documents (a law as its State publishes it), whose text becomes the document's text. */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class LibraryOriginals {

    @Inject
    DocumentChanges changes;

    @Inject
    DocumentReader reader;

    /**
     * Stores an uploaded original and makes its extracted text the document's text. A hostile or broken file is
     * refused with the reason, and nothing already saved changes. The upload is staged beside the originals and
     * named after its SHA-256 only once it has been read; a refused one is deleted at once.
     */
    public ExtractedText attachOriginal(long id, String fileName, InputStream content) {
        return attachOriginal(id, fileName, content, true);
    }

    /**
     * The same, keeping the document's text when it has one and {@code replaceText} is false: a summary the
     * secretariat typed before the original arrived is not overwritten without asking. The extracted text is returned
     * either way, for the page to offer it.
     */
    public ExtractedText attachOriginal(long id, String fileName, InputStream content, boolean replaceText) {
        LibraryDocument document = changes.get(id);
        try (StagedUpload upload = StagedUpload.receive(DataDirectory.files(), content, reader.maxFileBytes())) {
            ExtractedText extracted = reader.read(upload.path(), fileName);
            document.attachOriginal(fileName, extracted.mediaType(), upload.size(), upload.sha256());
            if (replaceText || !document.hasText()) {
                document.replaceText(extracted.text());
            }
            // Not deleted if the transaction then fails: another document may have the same content, hence the same
            // file. An original nothing points to is left to the nightly FileSweeper.
            upload.keepAs(DataDirectory.files().resolve(upload.sha256()));
            changes.record(document, LibraryEvent.Change.ORIGINAL_ATTACHED);
            return extracted;
        }
    }
}
