package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.as;
import static dev.bulwark.cases.CaseFixtures.open;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.cases.v1.CaseServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Claims while the database drops connections: a connection of the test's own terminates every other
 * backend of case-service's database every {@link #KILL_EVERY} while reviewers claim and give back.
 * No case is ever held by two reviewers, a call that lost its connection answers a 503 problem, the
 * pool comes back, and claims nobody gives back (abandoned, or lost with their connection) return to
 * the queue once the lease ran out, within one reaper interval.
 */
@QuarkusTest
@TestProfile(ShortLeases.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "CASE"))
class ClaimsUnderConnectionKillsTest {

    private static final Logger LOG = Logger.getLogger(ClaimsUnderConnectionKillsTest.class);

    private static final String QUEUE = "integrity";
    private static final String CLAIM = "/api/v1/queues/{queue}/claim";
    private static final String RELEASE = "/api/v1/cases/{id}/release";
    private static final String SKIP = "/api/v1/cases/{id}/skip";
    private static final int CASES = 30;
    private static final int CLAIMERS = 8;
    private static final Duration KILL_EVERY = Duration.ofSeconds(2);
    private static final Duration CHAOS = Duration.ofSeconds(12);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(50);
    /** Slack for a loaded machine on top of lease plus one reaper interval: it bounds a wait, it times nothing. */
    private static final Duration MARGIN = Duration.ofSeconds(5);
    /** Every HTTP call gives up in time, so a stuck pool fails the test instead of hanging it. */
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000)
            .setParam("http.socket.timeout", 20_000));

    @GrpcClient("self")
    CaseServiceGrpc.CaseServiceBlockingStub anonymousCases;

    @Inject
    CasesConfig config;

    /** How often each call answered each status, as "claim 503". */
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    /** Answers a client may not be given: anything but the documented statuses, or a 503 without problem and Retry-After. */
    private final Queue<String> wrongAnswers = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void openCases() {
        CaseServiceGrpc.CaseServiceBlockingStub cases = TestTokens.withToken(anonymousCases, TestTokens.service("intake-service"));
        for (int i = 0; i < CASES; i++) {
            open(cases, account(unique("killed-connections")), "spam");
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void shouldNeverHandACaseToTwoReviewersWhileConnectionsAreKilled() throws Exception {
        List<Hold> holds = new ArrayList<>();
        long terminated;
        ExecutorService reviewers = Executors.newFixedThreadPool(CLAIMERS);
        try (ConnectionKiller killer = ConnectionKiller.every(KILL_EVERY)) {
            Instant until = Instant.now().plus(CHAOS);
            List<Future<List<Hold>>> claimers = IntStream.range(0, CLAIMERS)
                    .mapToObj(i -> reviewers.submit(() -> claimAndGiveBack("claimer-" + i, until)))
                    .toList();
            for (Future<List<Hold>> claimer : claimers) {
                holds.addAll(claimer.get(2, TimeUnit.MINUTES));
            }
            terminated = killer.stop();
        } finally {
            reviewers.shutdownNow();
        }
        LOG.infof("%d connections terminated; answers %s", terminated, new TreeMap<>(answers));

        assertThat(terminated).as("connections terminated").isPositive();
        assertThat(answers).as("claims that lost their connection").containsKey("claim 503");
        assertThat(wrongAnswers).isEmpty();
        assertThat(holds).isNotEmpty();
        assertThat(overlaps(holds)).as("cases two reviewers held at once, as they saw it").isEmpty();
        ClaimHistory history = ClaimHistory.of(QUEUE);
        assertThat(history.violations()).as("the claim log").isEmpty();
        assertThat(history.claims()).containsAll(holds.stream().map(hold -> hold.caseId() + " " + hold.reviewer()).toList());

        for (int i = 0; i < CLAIMERS; i++) {
            String reviewer = "claimer-" + i;
            Response claimed = as(reviewer).config(BOUNDED).post(CLAIM, QUEUE);
            assertThat(claimed.statusCode()).as("claim once connections are back").isEqualTo(200);
            as(reviewer).config(BOUNDED).post(RELEASE, claimed.jsonPath().getString("id")).then().statusCode(204);
        }
        // Claims whose answer was lost with their connection are held by reviewers who never knew.
        Instant lastLease = Instant.now().plus(config.leaseDuration());
        assertThat(awaitNoneClaimed(lastLease.plus(config.expiryInterval()).plus(MARGIN)))
                .as("cases still claimed after every lease ran out").isZero();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void shouldReturnAbandonedClaimsOnceTheirLeaseRanOutWithinOneReaperInterval() throws Exception {
        Map<String, Instant> abandoned = new HashMap<>();
        Map<String, Instant> handedAgain = new HashMap<>();
        try (ConnectionKiller killer = ConnectionKiller.every(KILL_EVERY)) {
            for (int i = 0; i < 3; i++) {
                Response claimed = claimRetrying(unique("leaver"));
                assertThat(claimed.statusCode()).as("a leaver's claim").isEqualTo(200);
                abandoned.put(claimed.jsonPath().getString("id"), Instant.parse(claimed.jsonPath().getString("lease.expiresAt")));
            }
            Instant giveUp = abandoned.values().stream().max(Comparator.naturalOrder()).orElseThrow()
                    .plus(config.expiryInterval()).plus(MARGIN);
            String watcher = unique("watcher");
            while (!handedAgain.keySet().containsAll(abandoned.keySet()) && Instant.now().isBefore(giveUp)) {
                // The watcher skips whatever else it is handed, so it is never handed that case again. Released
                // instead, a case ahead of the abandoned ones (a leaver's claim whose answer was lost with its
                // connection) would come back to the watcher on every claim and hide them.
                Instant asked = Instant.now();
                Response claimed = claimRetrying(watcher);
                String caseId = claimed.statusCode() == 200 ? claimed.jsonPath().getString("id") : null;
                if (abandoned.containsKey(caseId)) {
                    handedAgain.putIfAbsent(caseId, Instant.now());
                } else if (caseId != null) {
                    giveBack(SKIP, watcher, caseId, asked.plus(config.leaseDuration()));
                } else {
                    Thread.sleep(RETRY_PAUSE.toMillis());
                }
            }
            killer.stop();
        }

        assertThat(wrongAnswers).isEmpty();
        abandoned.forEach((caseId, leaseEnd) -> {
            assertThat(handedAgain).as("abandoned cases handed again").containsKey(caseId);
            assertThat(handedAgain.get(caseId)).as("when case %s was handed again", caseId)
                    .isAfterOrEqualTo(leaseEnd)
                    .isBefore(leaseEnd.plus(config.expiryInterval()).plus(MARGIN));
        });
        assertThat(ClaimHistory.of(QUEUE).violations()).as("the claim log").isEmpty();
    }

    /** One reviewer claiming and at once giving back until {@code until}; every case it held, and when. */
    private List<Hold> claimAndGiveBack(String reviewer, Instant until) throws InterruptedException {
        List<Hold> holds = new ArrayList<>();
        while (Instant.now().isBefore(until)) {
            Instant asked = Instant.now();
            Response claimed = answered("claim", as(reviewer).config(BOUNDED).post(CLAIM, QUEUE), Set.of(200, 204));
            if (claimed.statusCode() != 200) {
                Thread.sleep(RETRY_PAUSE.toMillis());
                continue;
            }
            Instant held = Instant.now();
            String caseId = claimed.jsonPath().getString("id");
            Instant leaseEndsBy = asked.plus(config.leaseDuration());
            Instant givingBack = Instant.now();
            giveBack(RELEASE, reviewer, caseId, leaseEndsBy);
            holds.add(new Hold(caseId, reviewer, held, earliest(givingBack, leaseEndsBy)));
        }
        return holds;
    }

    /**
     * Releases or skips ({@code how}) until an answer says it is done. A 409 is one too once the lease may
     * have run out (a claim's answer can take that long on a loaded machine), or after a 503: the first
     * call went through and only its answer was lost.
     */
    private void giveBack(String how, String reviewer, String caseId, Instant leaseEndsBy) throws InterruptedException {
        String call = how.substring(how.lastIndexOf('/') + 1);
        for (int attempt = 0; attempt < 200; attempt++) {
            Set<Integer> done = attempt == 0 && Instant.now().isBefore(leaseEndsBy) ? Set.of(204) : Set.of(204, 409);
            Response released = answered(call, as(reviewer).config(BOUNDED).post(how, caseId), done);
            if (released.statusCode() != 503) {
                return;
            }
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
        throw new AssertionError(call + " of " + caseId + " never got through");
    }

    /** A claim as a reviewer makes it, again after a 503: 200 or 204. */
    private Response claimRetrying(String reviewer) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            Response claimed = answered("claim", as(reviewer).config(BOUNDED).post(CLAIM, QUEUE), Set.of(200, 204));
            if (claimed.statusCode() != 503) {
                return claimed;
            }
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
        throw new AssertionError("claims by " + reviewer + " never got through");
    }

    /** Counts the answer and notes it as wrong unless it is one of {@code expected} or a 503 problem to retry after. */
    private Response answered(String call, Response response, Set<Integer> expected) {
        int status = response.statusCode();
        answers.computeIfAbsent(call + " " + status, key -> new LongAdder()).increment();
        boolean retryable = status == 503 && response.contentType().startsWith("application/problem+json")
                && response.header("Retry-After") != null;
        if (!retryable && !expected.contains(status)) {
            wrongAnswers.add(call + " answered " + status + " " + response.getHeaders().getValue("Retry-After") + ": "
                    + response.body().asString());
        }
        return response;
    }

    /** Waits until no case of the queue is claimed or {@code deadline} passes; answers how many still are. */
    private static int awaitNoneClaimed(Instant deadline) throws Exception {
        int claimed;
        while ((claimed = claimedCases()) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
        return claimed;
    }

    private static int claimedCases() throws Exception {
        try (Connection connection = ConnectionKiller.connect();
                PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM cases WHERE queue = ? AND status = 'CLAIMED'")) {
            count.setString(1, QUEUE);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Pairs of holds of one case that overlap in time, by different reviewers or the same one twice. */
    private static List<String> overlaps(List<Hold> holds) {
        List<String> overlapping = new ArrayList<>();
        holds.stream().collect(Collectors.groupingBy(Hold::caseId)).forEach((caseId, ofCase) -> {
            List<Hold> inOrder = ofCase.stream().sorted(Comparator.comparing(Hold::from)).toList();
            for (int k = 1; k < inOrder.size(); k++) {
                if (inOrder.get(k).from().isBefore(inOrder.get(k - 1).to())) {
                    overlapping.add(inOrder.get(k - 1) + " and " + inOrder.get(k));
                }
            }
        });
        return overlapping;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * A time a reviewer certainly held a case: from the claim's answer until it asked to give the case
     * back, or until the lease (counted from asking to claim) ran out, whichever came first.
     */
    private record Hold(String caseId, String reviewer, Instant from, Instant to) {}
}
