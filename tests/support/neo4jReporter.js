// Says, at the end of `npm test`, how many tests ran against the real Neo4j and which one it was.
// Plain JS: Jest loads reporters without a transform.
class Neo4jReporter {
  onRunComplete(_contexts, results) {
    const counts = { unit: 0, integration: 0 };
    for (const file of results.testResults) {
      const project = file.displayName?.name ?? (file.testFilePath.includes('/tests/unit/') ? 'unit' : 'integration');
      const ran = file.testResults.filter((t) => t.status === 'passed' || t.status === 'failed').length;
      counts[project === 'unit' ? 'unit' : 'integration'] += ran;
    }
    const neo4j = process.env.PLANGRAPH_TEST_NEO4J_INFO ?? 'no Neo4j was started (integration tests not selected)';
    // The plain closing line CI reads, alone on its line.
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stderr.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
    process.stderr.write(`PlanGraph tests: ${counts.unit} unit tests (no database); ${counts.integration} integration and contract tests ran Cypher against ${neo4j}\n`);
  }
}
module.exports = Neo4jReporter;
