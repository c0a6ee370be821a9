package com.lzp.survey.collection;

import com.lzp.survey.common.SurveyException;
import com.lzp.survey.questionnaire.QuestionnaireCatalog;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Takes respondents' submissions: validates them against the questionnaire and stores each exactly once. */
@ApplicationScoped
public class SubmissionService {

    private final QuestionnaireCatalog catalog;
    private final ResponseStore store;

    SubmissionService(QuestionnaireCatalog catalog, ResponseStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    /**
     * Stores a response for an invitation. A submission id seen before answers the stored response when the
     * answers are the same (a retry) and a conflict when they differ; a retry is answered even after the wave
     * has closed.
     */
    @Transactional
    public Submission submit(String token, @NotNull(message = "请求内容为空。") @Valid SubmitResponseRequest request) {
        Invitation invitation = invitationFor(token);
        QuestionnaireDefinition definition = catalog.definition(invitation.wave.questionnaire.id);
        EncodedAnswers encoded = AnswerEncoder.encode(definition, request.answers());

        Optional<Response> earlier = Response.findBySubmissionId(request.submissionId());
        if (earlier.isPresent()) {
            return replay(earlier.get(), invitation, encoded);
        }
        if (!invitation.isOpen()) {
            throw SurveyException.gone("invitation-closed", "本次调查（" + invitation.wave.title + "）已停止收集答卷，感谢您的关注。");
        }
        if (store.insertIfAbsent(request.submissionId(), invitation, encoded, Instant.now())) {
            Response stored =
                    Response.findBySubmissionId(request.submissionId()).orElseThrow();
            Log.infof("response stored for wave %s, unit %s", invitation.wave.code, invitation.unit.code);
            return new Submission(SubmissionReceipt.of(stored), true);
        }
        // a concurrent copy of the same submission committed first
        return replay(Response.findBySubmissionId(request.submissionId()).orElseThrow(), invitation, encoded);
    }

    public Optional<SubmissionReceipt> receipt(UUID submissionId) {
        return Response.findBySubmissionId(submissionId).map(SubmissionReceipt::of);
    }

    static Invitation invitationFor(String token) {
        return Invitation.findByToken(token)
                .orElseThrow(() -> SurveyException.notFound("该问卷链接无效，请核对链接是否完整，或联系本单位党组织获取正确链接。"));
    }

    private static Submission replay(Response earlier, Invitation invitation, EncodedAnswers encoded) {
        if (!earlier.invitation.id.equals(invitation.id) || !earlier.fingerprint.equals(encoded.fingerprint())) {
            throw SurveyException.conflict(
                    "submission-id-reused", "submissionId", "该提交编号已用于另一份内容不同的答卷；如需重新填写，请刷新页面后再提交。");
        }
        return new Submission(SubmissionReceipt.of(earlier), false);
    }
}
