package dev.bulwark.storagefaults;

import com.google.protobuf.MessageOrBuilder;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusException;
import io.grpc.protobuf.StatusProto;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Refuses a unary gRPC request with a NUL character in any string field before the service sees it:
 * INVALID_ARGUMENT naming the fields. Streams carry one item per message and answer each item on its
 * own, so a stream's handler checks its items itself ({@link NulCharacters#fieldsOf}) instead of
 * losing the whole stream to one bad item.
 */
@ApplicationScoped
@GlobalInterceptor
public class NulCharacterGuard implements ServerInterceptor {

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        ServerCall.Listener<Q> service = next.startCall(call, headers);
        if (call.getMethodDescriptor().getType() != MethodDescriptor.MethodType.UNARY) {
            return service;
        }
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(service) {

            private boolean refused;

            @Override
            public void onMessage(Q request) {
                List<String> fields = request instanceof MessageOrBuilder message ? NulCharacters.fieldsOf(message) : List.of();
                if (fields.isEmpty()) {
                    super.onMessage(request);
                    return;
                }
                refused = true;
                StatusException refusal = StatusProto.toStatusException(NulCharacters.grpcStatus(fields));
                call.close(refusal.getStatus(), refusal.getTrailers());
            }

            @Override
            public void onHalfClose() {
                // The service never got the request; half-closing it would make it answer one.
                if (!refused) {
                    super.onHalfClose();
                }
            }
        };
    }
}
