package dev.bulwark.demo.client;

import dev.bulwark.proto.action.v1.ActionServiceGrpc;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.util.concurrent.TimeUnit;

/**
 * The calls a product team and a reviewer make, over real connections to ports known only at run
 * time: intake and action-service over gRPC, case-service over REST.
 */
public final class BulwarkClients implements AutoCloseable {

    /** The gRPC metadata key that names the product team's tenant. */
    public static final Metadata.Key<String> TENANT = Metadata.Key.of("x-bulwark-tenant", Metadata.ASCII_STRING_MARSHALLER);

    private static final long DEADLINE_SECONDS = 15;

    private final ManagedChannel intakeChannel;
    private final ManagedChannel actionChannel;
    private final IntakeServiceGrpc.IntakeServiceBlockingStub intake;
    private final ActionServiceGrpc.ActionServiceBlockingStub action;
    private final CaseApi cases;

    private BulwarkClients(String host, int intakePort, int actionPort, int casePort, String tenant) {
        this.intakeChannel = ManagedChannelBuilder.forAddress(host, intakePort).usePlaintext().build();
        this.actionChannel = ManagedChannelBuilder.forAddress(host, actionPort).usePlaintext().build();
        Metadata headers = new Metadata();
        headers.put(TENANT, tenant);
        this.intake = IntakeServiceGrpc.newBlockingStub(intakeChannel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
        this.action = ActionServiceGrpc.newBlockingStub(actionChannel);
        this.cases = new CaseApi("http://" + host + ":" + casePort);
    }

    /** Clients of the services on the given loopback ports, acting for {@code tenant}. */
    public static BulwarkClients connect(int intakePort, int actionPort, int casePort, String tenant) {
        return new BulwarkClients("127.0.0.1", intakePort, actionPort, casePort, tenant);
    }

    /** intake-service as the tenant; each call gets a fresh deadline. */
    public IntakeServiceGrpc.IntakeServiceBlockingStub intake() {
        return intake.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
    }

    /** action-service; each call gets a fresh deadline. */
    public ActionServiceGrpc.ActionServiceBlockingStub action() {
        return action.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
    }

    /** case-service's REST API. */
    public CaseApi cases() {
        return cases;
    }

    @Override
    public void close() {
        intakeChannel.shutdownNow();
        actionChannel.shutdownNow();
        try {
            intakeChannel.awaitTermination(5, TimeUnit.SECONDS);
            actionChannel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
