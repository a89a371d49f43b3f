package dev.bulwark.intake.submission.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.intake.submission.persistence.SubmissionEntity.StoredJudgement;
import jakarta.inject.Singleton;
import jakarta.persistence.Converter;

@Singleton
@Converter
class StoredJudgementJson extends JsonText<StoredJudgement> {

    StoredJudgementJson(ObjectMapper json) {
        super(json, StoredJudgement.class);
    }
}
