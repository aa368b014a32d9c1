package org.unodc.rt.web.returns;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.event.FileUploadEvent;
import org.unodc.rt.application.returns.ReturnQueries;
import org.unodc.rt.application.returns.ReturnView;
import org.unodc.rt.application.returns.ReturnWorkbooks;
import org.unodc.rt.application.returns.WorkbookReview;
import org.unodc.rt.domain.returns.OfflineEdits;
import org.unodc.rt.web.common.Messages;

/**
 * Working offline (/focal/workbook.xhtml?return=N): download the return as an Excel workbook, upload it filled in,
 * review its changes answer by answer against the draft, choose between the two versions of an answer changed online
 * meanwhile, and apply. The uploaded file is kept in the view until applied or dropped; nothing is saved before.
 */
@Named
@ViewScoped
public class ReturnWorkbookPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One field of an answer that the workbook changes: before and after. */
    public record FieldChange(String field, String before, String after, boolean status) implements Serializable {}

    @Inject
    ReturnQueries returns;

    @Inject
    ReturnWorkbooks workbooks;

    private Long returnId;
    private ReturnView view;
    private byte[] uploaded;
    private String fileName;
    private WorkbookReview review;
    /** The person's choice per conflict (question id): "mine" or "theirs". */
    private final Map<Long, String> choices = new HashMap<>();

    /** f:viewAction. */
    public void load() {
        if (view == null && returnId != null) {
            view = returns.getReturn(returnId);
        }
    }

    /** p:fileUpload: sets the workbook against the draft (a dry run: nothing is saved). */
    public void upload(FileUploadEvent event) throws IOException {
        try (InputStream content = event.getFile().getInputStream()) {
            uploaded = content.readNBytes((int) ReturnWorkbooks.MAX_BYTES + 1);
        }
        fileName = event.getFile().getFileName();
        choices.clear();
        review = workbooks.upload(view.id(), new ByteArrayInputStream(uploaded), true, Map.of());
        if (!review.problems().isEmpty()) {
            uploaded = null;
        }
    }

    /** Applies the changes and the chosen versions, then back to the editor; shows the review again if it changed. */
    public String apply() {
        if (review.conflicts().stream().anyMatch(c -> choices.get(c.questionId()) == null)) {
            Messages.error("workbook.chooseEach");
            return null;
        }
        Map<Long, OfflineEdits.Choice> chosen = new LinkedHashMap<>();
        choices.forEach((id, choice) -> chosen.put(id, OfflineEdits.Choice.valueOf(choice.toUpperCase())));
        WorkbookReview result = workbooks.upload(view.id(), new ByteArrayInputStream(uploaded), false, chosen);
        if (!result.applied()) {
            // Someone saved meanwhile: the person sees the new situation and chooses again.
            review = result;
            Messages.error("workbook.changedMeanwhile");
            return null;
        }
        int applied = result.changes().size()
                + (int) result.conflicts().stream()
                        .filter(c -> "mine".equals(c.choice()))
                        .count();
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("workbook.applied", applied);
        return "/focal/return.xhtml?faces-redirect=true&cycle=" + view.cycleId();
    }

    /** Drops the uploaded workbook. */
    public void discard() {
        uploaded = null;
        review = null;
        fileName = null;
        choices.clear();
    }

    /** The fields a change or a conflict touches, in the order of the editor, status first. */
    public List<FieldChange> fields(WorkbookReview.Fields before, WorkbookReview.Fields after) {
        List<FieldChange> fields = new ArrayList<>();
        if (!Objects.equals(before.status(), after.status())) {
            fields.add(new FieldChange("return.implementationStatus", before.status(), after.status(), true));
        }
        if (!Objects.equals(before.narrative(), after.narrative())) {
            fields.add(new FieldChange("return.narrative", before.narrative(), after.narrative(), false));
        }
        if (!Objects.equals(before.measures(), after.measures())) {
            fields.add(new FieldChange("return.measures", before.measures(), after.measures(), false));
        }
        if (!Objects.equals(before.legislation(), after.legislation())) {
            fields.add(new FieldChange("return.legislation", before.legislation(), after.legislation(), false));
        }
        return fields;
    }

    public boolean isReviewing() {
        return review != null && review.problems().isEmpty();
    }

    public boolean isNothingToApply() {
        return isReviewing() && review.changes().isEmpty() && review.conflicts().isEmpty();
    }

    public String getDownloadPath() {
        return "/api/v1/returns/" + returnId + "/workbook";
    }

    public Long getReturnId() {
        return returnId;
    }

    public void setReturnId(Long returnId) {
        this.returnId = returnId;
    }

    public ReturnView getView() {
        return view;
    }

    public WorkbookReview getReview() {
        return review;
    }

    public String getFileName() {
        return fileName;
    }

    public Map<Long, String> getChoices() {
        return choices;
    }

    public long getMaxBytes() {
        return ReturnWorkbooks.MAX_BYTES;
    }
}
