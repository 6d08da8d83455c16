package io.github.konvent.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Ends a test run by saying what was skipped and why, one line per reason, so that a run on a
 * machine without the shared test data, a database server or a tool says so plainly. Register it
 * in a module's {@code src/test/resources/META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkippedTestsSummary implements TestExecutionListener {
    private final Map<String, List<String>> byReason = new TreeMap<>();

    /** Creates the listener (found through the service loader). */
    public SkippedTestsSummary() {}

    @Override
    public synchronized void executionSkipped(TestIdentifier test, String reason) {
        byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(test.getDisplayName());
    }

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
            byReason.computeIfAbsent(reason.replaceFirst("^Assumption failed: ", ""), r -> new ArrayList<>())
                    .add(test.getDisplayName());
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        byReason.forEach((reason, tests) -> System.out.println(
                "konvent: SKIPPED " + tests.size() + (tests.size() == 1 ? " test" : " tests") + ": " + reason));
        byReason.clear();
    }
}
