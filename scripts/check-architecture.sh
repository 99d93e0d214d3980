#!/usr/bin/env bash
# Architecture checks (ARCHITECTURE.md): fails the build when
#   1. Cypher is written outside the data layer: repositories (*.repository.ts), writers (*.writer.ts), the gateway
#      and database schema (src/db/), and the plan loader (src/importer/load.writer.ts);
#   2. src/ imports seed/ anywhere but the entry points that load a plan (src/main.ts, src/cli/);
#   3. imports make a cycle, between modules or between folders of src/ (madge; scripts/import-cycles.ts);
#   4. hand-written code of the app, the seed or the benchmark silences the type checker with `as never` or
#      `as unknown as` (tests may fake what a library hands them).
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

# 1. Clauses that only Cypher has, in code (comments left out).
cypher='\b(MATCH|MERGE|CREATE|UNWIND)\b|DETACH DELETE|CALL \{|\bRETURN [a-z(]'
outside=$(grep -rnE --include='*.ts' "$cypher" src seed \
  | grep -vE '^src/__generated__/|\.repository\.ts:|\.writer\.ts:|^src/db/' \
  | grep -vE '^[^:]+:[0-9]+:\s*(//|\*|/\*)' || true)
if [ -n "$outside" ]; then
  echo "Cypher outside repositories and the gateway (move it into the domain's *.repository.ts):"
  echo "$outside"
  status=1
else
  echo "Cypher: only in repositories, writers and the gateway"
fi

# 2. src/ depends on seed/ only where a plan is loaded.
seeded=$(grep -rnE --include='*.ts' "from '(\.\./)+seed/" src | grep -vE '^src/main\.ts:|^src/cli/' || true)
if [ -n "$seeded" ]; then
  echo "src/ imports seed/ outside the loading entry points (src/main.ts, src/cli/):"
  echo "$seeded"
  status=1
else
  echo "seed/: imported only by the loading entry points"
fi

# 3. No import cycles.
npx --no-install tsx scripts/import-cycles.ts || status=1

# 4. Types say what values are (generated code left out).
casts=$(grep -rnE --include='*.ts' 'as never\b|as unknown as\b' src seed bench scripts | grep -v '^src/__generated__/' || true)
if [ -n "$casts" ]; then
  echo "casts that silence the type checker (type the value instead):"
  echo "$casts"
  status=1
else
  echo "casts: no 'as never' or 'as unknown as'"
fi

exit "$status"
