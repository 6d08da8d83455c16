package io.github.konvent.jdbc;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints which databases the tests ran on and which were skipped, once at the end of the run, and
 * lets each test reuse the schemas of the tests before it.
 */
public final class DatabaseSummaryListener implements TestExecutionListener {
    /** Creates the listener (found through the service loader). */
    public DatabaseSummaryListener() {}

    @Override
    public void executionStarted(TestIdentifier testIdentifier) {
        if (testIdentifier.isTest()) {
            Databases.release();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!Databases.STATUS.isEmpty()) {
            System.out.println(Databases.summary());
        }
    }
}
