package dev.bulwark.intake.submission.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.intake.submission.persistence.SubmissionEntity.StoredImages;
import jakarta.inject.Singleton;
import jakarta.persistence.Converter;

@Singleton
@Converter
class StoredImagesJson extends JsonText<StoredImages> {

    StoredImagesJson(ObjectMapper json) {
        super(json, StoredImages.class);
    }
}
