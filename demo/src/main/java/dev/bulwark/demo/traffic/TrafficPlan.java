package dev.bulwark.demo.traffic;

import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.common.v1.Content;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible mix of chat traffic: mostly ordinary messages from many accounts, the canonical
 * REVIEW and BLOCK texts and variations of them from a few abusive accounts, about 9% replays of
 * earlier keys and a few conflicting reuses of a key.
 */
final class TrafficPlan {

    static final int ABUSIVE_ACCOUNTS = 8;

    private static final List<String> BENIGN_TEMPLATES = List.of(
            "Thanks for the quick delivery, the %s works great.",
            "Can we move the meeting to %s afternoon?",
            "I left the %s on the kitchen table for you.",
            "The new %s looks really nice, well done team.",
            "Does anyone know where the %s manual went?",
            "Happy birthday! Hope you enjoy the %s.",
            "Running late, traffic is slow near the %s.",
            "Could you review my notes about the %s before %s?",
            "Lovely photos from the trip, the %s was beautiful.",
            "Reminder: the %s workshop starts at ten on %s.");
    private static final List<String> WORDS = List.of(
            "blender", "garden", "bicycle", "library", "harbour", "kettle", "museum", "notebook", "river",
            "concert", "bakery", "lantern", "market", "orchard", "Monday", "Tuesday", "Friday", "Sunday");
    private static final List<String> VIOLATING = List.of(
            CanonicalTexts.REVIEW_HARASSMENT,
            "You are a pathetic idiot and everyone knows it!",
            "you are a pathetic idiot and everyone knows it",
            CanonicalTexts.REVIEW_EVASION,
            CanonicalTexts.REVIEW_PII,
            CanonicalTexts.BLOCK_THREAT,
            "I will kill you and burn your house down!!",
            CanonicalTexts.BLOCK_SPAM);

    private TrafficPlan() {}

    /** The abusive account with the given number (1-based). */
    static Subject abusiveAccount(int number) {
        return Requests.account(String.format("demo-troll-%02d", number));
    }

    static List<PlannedSubmission> build(String runId, int size, long seed) {
        Random random = new Random(seed);
        List<PlannedSubmission> plan = new ArrayList<>(size);
        List<Integer> originals = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            double roll = random.nextDouble();
            if (originals.size() > 10 && roll < 0.09) {
                int earlier = originals.get(random.nextInt(originals.size()));
                plan.add(PlannedSubmission.replay(plan.get(earlier).request(), earlier));
            } else if (originals.size() > 10 && roll < 0.10) {
                int earlier = originals.get(random.nextInt(originals.size()));
                SubmitRequest first = plan.get(earlier).request();
                SubmitRequest altered = first.toBuilder()
                        .setContent(Content.newBuilder().setText(first.getContent().getText() + " (edited)"))
                        .build();
                plan.add(PlannedSubmission.conflict(altered, earlier));
            } else {
                String key = String.format("demo-%s-%04d", runId, i);
                plan.add(PlannedSubmission.original(random.nextDouble() < 0.8 ? benign(key, random) : violating(key, random)));
                originals.add(i);
            }
        }
        return plan;
    }

    private static SubmitRequest benign(String key, Random random) {
        int user = random.nextInt(60) + 1;
        Subject author = user % 5 == 0
                ? Requests.account(String.format("demo-user-%03d", user), "demo-org-acme")
                : Requests.account(String.format("demo-user-%03d", user));
        String template = BENIGN_TEMPLATES.get(random.nextInt(BENIGN_TEMPLATES.size()));
        String text = String.format(template, WORDS.get(random.nextInt(WORDS.size())), WORDS.get(random.nextInt(WORDS.size())));
        return Requests.chat(key, author, text);
    }

    private static SubmitRequest violating(String key, Random random) {
        Subject author = abusiveAccount(random.nextInt(ABUSIVE_ACCOUNTS) + 1);
        return Requests.chat(key, author, VIOLATING.get(random.nextInt(VIOLATING.size())));
    }
}
