package dev.bulwark.cases.intake;

import dev.bulwark.cases.casefile.Explanation;
import dev.bulwark.cases.casefile.ItemSource;
import dev.bulwark.cases.casefile.Score;
import dev.bulwark.cases.casefile.Subject;
import java.util.List;

/**
 * An item put up for review. Optional texts are null when absent; {@code source} and the subject's
 * type are null when the caller left them unspecified (validation reports it).
 *
 * @param policyVersion the policy version the item was decided under
 * @param modelVersions the models and rule sets that scored it
 * @param explanation the thresholds its scores reached and the signals behind them
 * @param reach how many people the content reached; 0 when unknown, negative is invalid
 * @param tenant the product team whose user or organisation the item is about; null when not named
 */
public record NewItem(
        String sourceKey,
        ItemSource source,
        Subject subject,
        String referenceId,
        String surface,
        String contentText,
        String language,
        List<Score> scores,
        String category,
        String policyVersion,
        List<String> reasons,
        List<String> modelVersions,
        Explanation explanation,
        long reach,
        String tenant) {

    public NewItem {
        scores = scores == null ? List.of() : List.copyOf(scores);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        modelVersions = modelVersions == null ? List.of() : List.copyOf(modelVersions);
        explanation = explanation == null ? Explanation.NONE : explanation;
    }
}
