package dev.bulwark.classifier.moderation.service;

import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.classifier.scoring.Classification;
import dev.bulwark.classifier.scoring.service.ScoringService;
import dev.bulwark.policy.Surface;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Scores several texts of one request side by side, answering in the order they came. */
@ApplicationScoped
public class BatchScoring {

    private final ScoringService scoring;

    public BatchScoring(ScoringService scoring) {
        this.scoring = scoring;
    }

    public Uni<List<Classification>> score(PolicyDocument policy, Surface surface, List<String> texts) {
        List<Uni<Classification>> each = texts.stream().map(text -> scoring.score(policy, surface, text)).toList();
        return Uni.join().all(each).andFailFast();
    }
}
