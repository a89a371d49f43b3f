package dev.bulwark.cases.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.ItemSource;
import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.casefile.SubjectType;
import dev.bulwark.cases.intake.NewItem;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AutomatedActionTest {

    private static NewItem item(String category) {
        return new NewItem("submission:1:enforce", ItemSource.SUBMISSION, new Subject(SubjectType.ACCOUNT, "alice", null),
                "1", "chat", "text", "en", List.of(), category, "2026-11-26.1", List.of(), List.of(), null, 0, null);
    }

    @Test
    void shouldAcceptAnEnforcementWithItsCategoryAndActions() {
        assertThat(new AutomatedAction(item("violence"), List.of("act-1")).violations()).isEmpty();
    }

    @Test
    void shouldRequireTheEnforcedCategoryAndTheActions() {
        assertThat(new AutomatedAction(item(null), List.of()).violations())
                .extracting(FieldViolation::field).containsExactly("category", "action_ids");
    }

    @Test
    void shouldRefuseBlankOrTooManyActionIds() {
        assertThat(new AutomatedAction(item("violence"), List.of("act-1", " ")).violations())
                .extracting(FieldViolation::field).containsExactly("action_ids[1]");
        List<String> many = IntStream.rangeClosed(0, AutomatedAction.MAX_ACTION_IDS).mapToObj(i -> "act-" + i).toList();
        assertThat(new AutomatedAction(item("violence"), many).violations())
                .extracting(FieldViolation::field).containsExactly("action_ids");
    }
}
