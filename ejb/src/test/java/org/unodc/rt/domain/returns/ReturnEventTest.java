package org.unodc.rt.domain.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.AuditAction;
import org.unodc.rt.domain.audit.Audited;

/** What the trail of a return says, in the words it said before the services raised events. */
class ReturnEventTest {

    @Test
    void everyEventNamesItsAction() {
        assertThat(Arrays.asList(ReturnEvent.class.getPermittedSubclasses()))
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.getAnnotation(AuditAction.class))
                        .as(event.getName())
                        .isNotNull());
        assertThat(ContributorAdded.class.getAnnotation(AuditAction.class)).isNotNull();
    }

    @Test
    void aSaveIsRecordedWithoutTheTextTyped() {
        Map<String, AnswerContent> answers = new LinkedHashMap<>();
        answers.put("question 1", new AnswerContent(ImplementationStatus.IMPLEMENTED, "Ley 30077.", null, null));
        answers.put("question 2", new AnswerContent(null, null, "Training of prosecutors.", null));

        Audited saved = new ReturnEvent.Saved(7L, answers);

        assertThat(saved.action()).isEqualTo("RETURN_SAVED");
        assertThat(saved.targetType()).isEqualTo("Return");
        assertThat(saved.targetId()).isEqualTo("7");
        assertThat(saved.detail())
                .isEqualTo("question 1: IMPLEMENTED, narrative of 10 characters; question 2: no status");
    }

    @Test
    void aContributorIsRecordedUnderTheNewAccount() {
        Audited added = new ContributorAdded("fp.peru.2", "Rosa Huamán", "rosa@example.org", "PER", Role.CONTRIBUTOR);

        assertThat(added.action()).isEqualTo("CONTRIBUTOR_ADDED");
        assertThat(added.targetType()).isEqualTo("UserAccount");
        assertThat(added.targetId()).isEqualTo("fp.peru.2");
        assertThat(added.detail())
                .isEqualTo(
                        "Rosa Huamán <rosa@example.org> reports for PER as CONTRIBUTOR; no password yet (set with \"Forgot your"
                                + " password?\")");
    }
}
