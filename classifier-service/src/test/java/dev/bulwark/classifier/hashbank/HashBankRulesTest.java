package dev.bulwark.classifier.hashbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashBankRulesTest {

    private static final Set<String> CATEGORIES = Set.of("sexual/minors", "violence/graphic");

    private static List<String> fieldsOf(Runnable call) {
        return catchThrowableOfType(InvalidHashBankRequestException.class, call::run).violations().stream()
                .map(FieldViolation::field).toList();
    }

    @Test
    void shouldAcceptABankWithASlugNameAndAPolicyCategory() {
        HashBankRules.check(new NewHashBank("known-csam.v2_list", "sexual/minors", null, true), CATEGORIES);
    }

    @Test
    void shouldNameEveryInvalidBankField() {
        assertThat(fieldsOf(() -> HashBankRules.check(new NewHashBank("Known CSAM", "csam", "x".repeat(501), true), CATEGORIES)))
                .containsExactly("name", "category", "description");
        assertThat(fieldsOf(() -> HashBankRules.check(new NewHashBank("-x", null, null, true), CATEGORIES)))
                .containsExactly("name", "category");
    }

    @Test
    void shouldNormaliseValidHashesToLowerCase() {
        List<NewHashEntry> entries = HashBankRules.entries(List.of(
                new HashEntryRequest("sha256", "AB".repeat(32), " victim-id 7 ", ""),
                new HashEntryRequest("PDQ", " " + "f0".repeat(32) + " ", null, "industry list")));

        assertThat(entries).containsExactly(
                new NewHashEntry(HashKind.SHA256, "ab".repeat(32), "victim-id 7", null),
                new NewHashEntry(HashKind.PDQ, "f0".repeat(32), null, "industry list"));
    }

    @Test
    void shouldNameEachInvalidHashByItsIndex() {
        assertThat(fieldsOf(() -> HashBankRules.entries(Arrays.asList(
                new HashEntryRequest("SHA256", "a".repeat(64), null, null),
                new HashEntryRequest("SHA256", "a".repeat(63), null, null),
                new HashEntryRequest("md5", "a".repeat(32), null, null),
                new HashEntryRequest("PDQ", "z".repeat(64), "l".repeat(201), null),
                null))))
                .containsExactly("hashes[1].hash", "hashes[2].kind", "hashes[3].hash", "hashes[3].label", "hashes[4]");
    }

    @Test
    void shouldBoundTheBatch() {
        List<HashEntryRequest> tooMany = new ArrayList<>();
        for (int i = 0; i <= HashBankRules.MAX_BATCH; i++) {
            tooMany.add(new HashEntryRequest("SHA256", "a".repeat(64), null, null));
        }

        assertThat(fieldsOf(() -> HashBankRules.entries(tooMany))).containsExactly("hashes");
        assertThat(fieldsOf(() -> HashBankRules.entries(List.of()))).containsExactly("hashes");
    }

    @Test
    void shouldParsePagesAndRoundTripCursors() {
        assertThat(EntryPageRequest.parse(null, null)).isEqualTo(new EntryPageRequest(EntryPageRequest.DEFAULT_LIMIT, 0));
        assertThat(EntryPageRequest.parse("7", EntryCursor.encode(42))).isEqualTo(new EntryPageRequest(7, 42));
        assertThat(fieldsOf(() -> EntryPageRequest.parse("501", "not-a-cursor"))).containsExactly("limit", "cursor");
        assertThat(fieldsOf(() -> EntryPageRequest.parse("ten", EntryCursor.encode(0)))).containsExactly("limit", "cursor");
    }
}
