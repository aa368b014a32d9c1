package org.unodc.rt.search.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whether a PDF carries JavaScript that a reader would run: an action of type /JavaScript (or any dictionary with a
 * /JS entry) wherever it hangs, the catalog's /OpenAction, additional actions (/AA) of the document, its pages, links
 * and form fields, or the document-level scripts of the /Names /JavaScript tree.
 *
 * <p>Rather than follow each of those places (and miss the next one), every object of the file is looked at, the
 * unreferenced ones too: a script nobody points to today is one edit away from running. Objects are walked with a
 * stack, not recursion, so deeply nested arrays cannot exhaust the thread's stack.
 */
final class PdfScripts {

    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");

    private PdfScripts() {}

    /** Reads the file with PDFBox; streams are buffered in temporary files, not on the heap. */
    static boolean present(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            COSDocument document = pdf.getDocument();
            if (scripted(document.getTrailer())) {
                return true;
            }
            // A copy: dereferencing an object may add entries the parser had not met yet.
            for (COSObjectKey key : new ArrayList<>(document.getXrefTable().keySet())) {
                COSObject object = document.getObjectFromPool(key);
                if (object != null && scripted(object.getObject())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One object and the values written inside it; references are skipped, as each is visited on its own. */
    private static boolean scripted(COSBase root) {
        Deque<COSBase> pending = new ArrayDeque<>();
        if (root != null) {
            pending.push(root);
        }
        while (!pending.isEmpty()) {
            COSBase value = pending.pop();
            if (value instanceof COSDictionary dictionary) {
                if (dictionary.containsKey(JS)
                        || dictionary.containsKey(JAVASCRIPT)
                        || JAVASCRIPT.equals(dictionary.getDictionaryObject(COSName.S))) {
                    return true;
                }
                for (COSBase inner : dictionary.getValues()) {
                    if (!(inner instanceof COSObject)) {
                        pending.push(inner);
                    }
                }
            } else if (value instanceof COSArray array) {
                for (COSBase inner : array) {
                    if (!(inner instanceof COSObject)) {
                        pending.push(inner);
                    }
                }
            }
        }
        return false;
    }
}
