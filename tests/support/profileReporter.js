/**
 * Jest reporter for `npm run test:word`: one line per host profile, "profile <name>: N passed, M
 * failed", then each failure with its profile, and a closing total.
 */
class ProfileReporter {
  onRunComplete(_contexts, results) {
    const byProfile = new Map();
    const failures = [];
    for (const file of results.testResults) {
      const name = typeof file.displayName === "object" ? file.displayName?.name : file.displayName;
      const counts = byProfile.get(name) ?? { passed: 0, failed: 0 };
      counts.passed += file.numPassingTests;
      counts.failed += file.numFailingTests;
      if (file.testExecError) {
        counts.failed += 1;
        failures.push(`[${name}] ${file.testFilePath}: ${file.testExecError.message}`);
      }
      for (const t of file.testResults) if (t.status === "failed") failures.push(`[${name}] ${t.fullName}\n    ${(t.failureMessages[0] ?? "").split("\n").slice(0, 6).join("\n    ")}`);
      byProfile.set(name, counts);
    }
    for (const [name, c] of [...byProfile].sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true })))
      process.stdout.write(`profile ${name}: ${c.passed} passed, ${c.failed} failed\n`);
    if (failures.length) process.stdout.write(`\n${failures.join("\n\n")}\n`);
    process.stdout.write(`Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numTotalTests} total (${byProfile.size} profiles)\n`);
  }
}
module.exports = ProfileReporter;
