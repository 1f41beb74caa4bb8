/**
 * Prints jest's totals as one plain line, `jest: N passed, N failed, N skipped`, and keeps them in
 * test-output/jest-summary.json so .ci/run can close with one line for the whole run.
 */
const fs = require('fs');
const path = require('path');

class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const totals = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    const dir = path.join(__dirname, '..', '..', 'test-output');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'jest-summary.json'), JSON.stringify(totals));
    console.log(`jest: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  }
}

module.exports = SummaryLineReporter;
