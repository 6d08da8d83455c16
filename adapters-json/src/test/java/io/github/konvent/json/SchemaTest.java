package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Schema shipped in the jar accepts every golden file and rejects broken documents. */
class SchemaTest {
    static Schema konventSchema() {
        try (InputStream in = KonventJson.class.getResourceAsStream("konvent-catalog.schema.json")) {
            assertThat(in).as("schema inside the jar").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Error> validate(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void fixtureCatalogMatchesItsGoldenFileAndTheSchema() {
        String json = KonventJson.write(Fixtures.full());
        Golden.check("fixture-catalog.json", json);
        assertThat(validate(konventSchema(), json)).isEmpty();
    }

    @Test
    void everyGoldenKonventFileValidates() throws IOException {
        Schema schema = konventSchema();
        List<Path> files = Golden.all("*catalog*.json");
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            assertThat(validate(schema, Files.readString(f, StandardCharsets.UTF_8))).as(f.toString()).isEmpty();
        }
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() {
        Schema schema = konventSchema();
        assertThat(validate(schema, BadInputTest.session(",\"start\":\"25:00\""))).isNotEmpty();
        assertThat(validate(schema, BadInputTest.session(",\"colour\":\"red\""))).isNotEmpty();
        assertThat(validate(schema, "{\"events\":[]}")).isNotEmpty();
        assertThat(validate(schema, BadInputTest.doc("TOP", ""))).isEmpty();
    }
}
