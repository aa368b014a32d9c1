package org.unodc.rt.application.resolution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.application.EditConflict;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionEvent;
import org.unodc.rt.domain.resolution.text.OperativeParagraph;
import org.unodc.rt.domain.resolution.text.ParsedResolution;

/**
 * The secretariat corrects a saved resolution's structure (a misread paragraph, a missing number); each correction is
 * kept in the resolution's history with what it changed.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class ResolutionCorrections {

    @Inject
    ResolutionCatalogue catalogue;

    @Inject
    ResolutionContent content;

    @Inject
    Event<Audited> events;

    /** Replaces the structure of a saved resolution with a corrected one; the change is kept in its history. */
    public Resolution correct(long id, int expectedVersion, @NotNull ParsedResolution corrected) {
        Resolution resolution = catalogue.getResolution(id);
        if (resolution.version() != expectedVersion) {
            throw new EditConflict(Explanation.of(
                    "resolution.editConflict", String.valueOf(expectedVersion), String.valueOf(resolution.version())));
        }
        List<String> changes = changes(resolution, corrected);
        content.fill(resolution, corrected);
        content.touch(resolution);
        String summary = changes.isEmpty() ? "No change" : String.join("; ", changes);
        content.keep(resolution, summary);
        events.fire(new ResolutionEvent.Corrected(id, summary, content.bySystem()));
        return resolution;
    }

    private static List<String> changes(Resolution before, ParsedResolution after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "title", before.title(), after.title());
        compare(changes, "symbol", before.symbol(), after.symbol());
        compare(changes, "adoption date", before.adoptionDate(), after.adoptionDate());
        compare(changes, "agenda item", before.agendaItem(), after.agendaItem());
        compare(
                changes,
                "preamble paragraphs",
                before.preamble().size(),
                after.preamble().size());
        compare(
                changes,
                "operative paragraphs",
                before.operative().size(),
                after.operative().size());
        Map<Integer, org.unodc.rt.domain.resolution.OperativeParagraph> old = new HashMap<>();
        before.operative().forEach(p -> old.put(p.number(), p));
        for (OperativeParagraph p : after.operative()) {
            org.unodc.rt.domain.resolution.OperativeParagraph was = old.get(p.number());
            if (was != null) {
                compare(changes, "para. " + p.number() + " verb", was.verb(), p.verb());
                compare(changes, "para. " + p.number() + " addressees", was.addressees(), p.addressees());
                if (!was.text().equals(p.text() == null ? null : p.text().strip())) {
                    changes.add("para. " + p.number() + " text");
                }
            }
        }
        compare(
                changes,
                "reporting requests",
                before.mandates().size(),
                after.reportingRequests().size());
        return changes;
    }

    private static void compare(List<String> changes, String field, Object before, Object after) {
        if (before == null ? after != null : !before.equals(after)) {
            changes.add(field + ": " + shorten(before) + " -> " + shorten(after));
        }
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
