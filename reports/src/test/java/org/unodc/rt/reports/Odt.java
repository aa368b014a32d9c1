package org.unodc.rt.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads the text part of an OpenDocument file. */
final class Odt {

    private Odt() {}

    static String contentXml(byte[] odt) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("content.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no content.xml in the ODT");
    }
}
