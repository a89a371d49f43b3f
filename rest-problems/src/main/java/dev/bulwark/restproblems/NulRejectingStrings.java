package dev.bulwark.restproblems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.bulwark.storagefaults.NulCharacters;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/** Reads no JSON string that holds a NUL character: the body is refused naming the field. */
@Singleton
public class NulRejectingStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("bulwark-nul-rejecting-strings").addDeserializer(String.class, new Deserializer()));
    }

    private static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (NulCharacters.in(value)) {
                throw new NulCharacterException.InJson(parser);
            }
            return value;
        }
    }
}
