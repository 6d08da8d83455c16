package io.github.konvent.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.konvent.Catalog;
import io.github.konvent.json.KonventJson;
import io.github.konvent.testing.SyntheticCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * Konvent JSON write + read of a synthetic catalog against the baseline: Jackson databind
 * writing and reading plain Java records with the same fields, in the same run. Target: the
 * Konvent format within 1.3× of the baseline (TARGETS.md).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar 'json.JsonBenchmark' -f 1 -wi 2 -i 3 -p size=L</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {
    /** S, M or L (SyntheticCatalog sizes). */
    @Param({"L"})
    public String size;

    private Catalog catalog;
    private PlainRecords.RCatalog records;
    private JsonMapper baseline;
    private byte[] konventBytes;
    private byte[] recordBytes;

    /** Builds the catalog, its records, and both documents once. */
    @Setup
    public void setUp() {
        int sessions = switch (size) {
            case "S" -> SyntheticCatalog.S;
            case "M" -> SyntheticCatalog.M;
            default -> SyntheticCatalog.L;
        };
        catalog = SyntheticCatalog.generate(42, sessions);
        records = PlainRecords.of(catalog);
        baseline = JsonMapper.builder()
                .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
                .build();
        konventBytes = writeKonvent();
        recordBytes = baseline.writeValueAsBytes(records);
        if (!KonventJson.read(new ByteArrayInputStream(konventBytes)).equals(catalog)) {
            throw new IllegalStateException("Konvent JSON does not round-trip");
        }
        System.out.printf("%n%s: %,d sessions; Konvent JSON %,d bytes, records JSON %,d bytes%n", size,
                catalog.sessionCount(), konventBytes.length, recordBytes.length);
    }

    private byte[] writeKonvent() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        KonventJson.write(catalog, out, KonventJson.Contacts.ALL);
        return out.toByteArray();
    }

    /** @return Konvent: write the catalog, then read it back (strict, checked through the builders) */
    @Benchmark
    public Catalog konventWriteRead() {
        return KonventJson.read(new ByteArrayInputStream(writeKonvent()));
    }

    /** @return baseline: databind writes the records, then reads them back */
    @Benchmark
    public PlainRecords.RCatalog recordsWriteRead() {
        return baseline.readValue(baseline.writeValueAsBytes(records), PlainRecords.RCatalog.class);
    }

    /** @return Konvent write only */
    @Benchmark
    public byte[] konventWrite() {
        return writeKonvent();
    }

    /** @return baseline write only */
    @Benchmark
    public byte[] recordsWrite() {
        return baseline.writeValueAsBytes(records);
    }

    /** @return Konvent read only */
    @Benchmark
    public Catalog konventRead() {
        return KonventJson.read(new ByteArrayInputStream(konventBytes));
    }

    /** @return baseline read only */
    @Benchmark
    public PlainRecords.RCatalog recordsRead() {
        return baseline.readValue(recordBytes, PlainRecords.RCatalog.class);
    }
}
