package dev.bulwark.bench.echo;

import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The ceiling: intake's Submit answered by plain grpc-java over Netty with a fixed small response and no
 * work at all. Driven by the same harness as intake, it shows what the client, the transport and the
 * machine allow, so intake's throughput can be given as a share of it.
 */
public final class EchoIntakeServer implements AutoCloseable {

    /** What every Submit gets: about the size of an ALLOW answer without scores. */
    static final SubmitResponse ANSWER = SubmitResponse.newBuilder()
            .setSubmissionId("echo")
            .setVerdict(Verdict.VERDICT_ALLOW)
            .setPolicyVersion("echo")
            .build();

    /** Printed on standard output once the server listens (the parent process waits for it). */
    static final String READY = "echo listening on port ";

    private final Server server;

    private EchoIntakeServer(Server server) {
        this.server = server;
    }

    /** Listens on loopback {@code port} (0: a free one). */
    public static EchoIntakeServer start(int port) {
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                .addService(new Echo())
                .build();
        try {
            return new EchoIntakeServer(server.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the server in its own process until it is stopped: {@code EchoIntakeServer <port>}. */
    public static void main(String[] args) throws InterruptedException {
        EchoIntakeServer echo = start(Integer.parseInt(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(echo::close, "echo-shutdown"));
        System.out.println(READY + echo.port());
        System.out.flush();
        echo.server.awaitTermination();
    }

    /** Submit answered at once with {@link #ANSWER}; the request is not even looked at. */
    private static final class Echo extends IntakeServiceGrpc.IntakeServiceImplBase {

        @Override
        public void submit(SubmitRequest request, StreamObserver<SubmitResponse> responses) {
            responses.onNext(ANSWER);
            responses.onCompleted();
        }
    }
}
