package dev.bulwark.cases;

import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.ServiceStack;
import dev.bulwark.devstack.quarkus.InjectServiceStack;
import dev.bulwark.proto.action.v1.ActionServiceGrpc;
import dev.bulwark.proto.cases.v1.CaseServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the tests that run case-service beside a real action-service share: case-service's gRPC as
 * intake calls it ({@code cases}) and action-service's as case-service calls it ({@code action}).
 */
abstract class WithActionService {

    @GrpcClient("self")
    CaseServiceGrpc.CaseServiceBlockingStub anonymousCases;

    CaseServiceGrpc.CaseServiceBlockingStub cases;

    @GrpcClient("action")
    ActionServiceGrpc.ActionServiceBlockingStub anonymousAction;

    ActionServiceGrpc.ActionServiceBlockingStub action;

    @InjectServiceStack
    ServiceStack stack;

    @BeforeEach
    void callWithServiceTokens() {
        cases = TestTokens.withToken(anonymousCases, TestTokens.service("intake-service"));
        action = TestTokens.withToken(anonymousAction, stack.serviceToken(BulwarkService.CASE));
    }
}
