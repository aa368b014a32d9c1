package org.unodc.rt.domain.returns;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.library.LibraryDocument;

/** The repository of implementation returns, with the files attached to their answers and the documents they cite. */
public interface Returns {

    Optional<ImplementationReturn> find(Long id);

    /**
     * The return, locked until the transaction ends: saves, submissions and reviews of one return happen one after
     * the other, so a save made on a version another save has just replaced is told of the conflict (with both
     * versions) instead of failing on the database's optimistic check.
     */
    Optional<ImplementationReturn> findForUpdate(Long id);

    /** A State's return in a cycle, if it has been started. */
    Optional<ImplementationReturn> findOf(Long cycleId, String iso3);

    /**
     * The same, asked again under the cycle's row lock: of two sessions of one State opening the cycle at once, one
     * starts the return and the other finds it.
     */
    Optional<ImplementationReturn> findOfLockingCycle(ReportingCycle cycle, String iso3);

    /** The returns States have started in the cycle, at any stage: what its reports are built from. */
    List<ImplementationReturn> returnsTo(Long cycleId);

    /** The States whose return to the cycle has left the draft stage (submitted, in review or accepted). */
    Set<String> statesThatSubmitted(ReportingCycle cycle);

    /** The State's accepted returns in other cycles than this return's, the latest accepted first. */
    List<ImplementationReturn> acceptedBefore(ImplementationReturn aReturn);

    /** Adds a new return; its id is known on return. */
    void add(ImplementationReturn aReturn);

    /** Writes a changed return now, so that its version is the stored one. */
    void store(ImplementationReturn aReturn);

    /** The files attached to the return's answers, oldest first. */
    List<ReturnAttachment> attachmentsOf(ImplementationReturn aReturn);

    /** Where the bytes of every attachment are kept: its return and its storage key (what the files must keep). */
    List<StoredAttachment> storedAttachments();

    /** An attachment's place on disk, without the attachment. */
    record StoredAttachment(long returnId, String storageKey) {}

    /** An attachment by id, whatever return it belongs to. */
    Optional<ReturnAttachment> findAttachment(Long id);

    /** The library documents the return's answers cite, oldest citation first. */
    List<AnswerCitation> citationsOf(ImplementationReturn aReturn);

    /** Adds an attachment or a citation; its id is known on return. */
    void add(AnswerEvidence evidence);

    void remove(AnswerEvidence evidence);

    /**
     * Library documents published or of the State whose original or English title contains {@code typed} (in any
     * case), the State's own first, then the latest; at most {@code max}.
     */
    List<LibraryDocument> titledLike(String typed, String iso3, int max);
}
