package dev.bulwark.classifier.hashbank.rest;

import dev.bulwark.classifier.hashbank.EntryPageRequest;
import dev.bulwark.classifier.hashbank.FieldViolation;
import dev.bulwark.classifier.hashbank.HashBankNotFoundException;
import dev.bulwark.classifier.hashbank.HashBankRules;
import dev.bulwark.classifier.hashbank.HashEntryRequest;
import dev.bulwark.classifier.hashbank.InvalidHashBankRequestException;
import dev.bulwark.classifier.hashbank.NewHashBank;
import dev.bulwark.classifier.hashbank.service.HashBankAdmin;
import dev.bulwark.classifier.hashbank.service.HashBankImages;
import dev.bulwark.classifier.rest.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/**
 * The hash banks' admin API, for policy admins: banks, their hashes, and images hashed on upload.
 * Errors are problem JSON (see {@code ProblemMappers}).
 */
@Path("/v1/hash-banks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.POLICY_ADMIN)
public class HashBankResource {

    private final HashBankAdmin admin;
    private final HashBankImages images;
    private final SecurityIdentity caller;

    public HashBankResource(HashBankAdmin admin, HashBankImages images, SecurityIdentity caller) {
        this.admin = admin;
        this.images = images;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(NewHashBankJson body, @Context UriInfo uri) {
        NewHashBankJson bank = required(body);
        return admin.create(new NewHashBank(bank.name(), bank.category(), bank.description(), bank.enabled() == null || bank.enabled()),
                        caller.getPrincipal().getName())
                .map(created -> Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                        .entity(HashBankJson.of(created))
                        .build());
    }

    @GET
    public Uni<HashBankListJson> list() {
        return admin.list().map(banks -> new HashBankListJson(banks.stream().map(HashBankJson::of).toList()));
    }

    @GET
    @Path("/{id}")
    public Uni<HashBankJson> get(@PathParam("id") String id) {
        return admin.get(bankId(id)).map(HashBankJson::of);
    }

    /** Enables or disables the bank (a disabled bank matches nothing) and edits its description. */
    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<HashBankJson> update(@PathParam("id") String id, HashBankUpdateJson body) {
        HashBankUpdateJson update = required(body);
        return admin.update(bankId(id), update.enabled(), update.description()).map(HashBankJson::of);
    }

    @POST
    @Path("/{id}/hashes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<AddedHashesJson> add(@PathParam("id") String id, NewHashesJson body) {
        UUID bank = bankId(id);
        NewHashesJson batch = required(body);
        List<HashEntryRequest> requests = batch.hashes() == null ? List.of() : batch.hashes().stream()
                .map(h -> h == null ? null : new HashEntryRequest(h.kind(), h.hash(), h.label(), h.source()))
                .toList();
        return admin.add(bank, HashBankRules.entries(requests), caller.getPrincipal().getName())
                .map(added -> new AddedHashesJson(added.added(), added.alreadyPresent()));
    }

    @GET
    @Path("/{id}/hashes")
    public Uni<HashEntryPageJson> entries(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        UUID bank = bankId(id);
        return admin.entries(bank, EntryPageRequest.parse(limit, cursor)).map(HashEntryPageJson::of);
    }

    @DELETE
    @Path("/{id}/hashes/{kind}/{hash}")
    public Uni<Response> remove(@PathParam("id") String id, @PathParam("kind") String kind, @PathParam("hash") String hash) {
        UUID bank = bankId(id);
        return admin.remove(bank, HashBankRules.single(kind, hash)).replaceWith(Response.noContent().build());
    }

    /** Hashes the image in the body (PNG, JPEG, BMP or GIF) and adds its SHA-256 and PDQ hashes. */
    @POST
    @Path("/{id}/images")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Uni<AddedImageJson> addImage(@PathParam("id") String id, @QueryParam("label") String label,
            @QueryParam("source") String source, byte[] image) {
        UUID bank = bankId(id);
        return images.add(bank, image, label, source, caller.getPrincipal().getName()).map(AddedImageJson::of);
    }

    /** A malformed id names no bank. */
    private static UUID bankId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new HashBankNotFoundException();
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidHashBankRequestException(List.of(new FieldViolation("body", "must be a JSON object")));
        }
        return body;
    }
}
