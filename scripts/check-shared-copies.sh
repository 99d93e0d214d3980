#!/usr/bin/env bash
# Fails when the repo's copies of ../shared (the plan's text, the contract) differ from the originals,
# so a change there reaches the project. Without ../shared (a user's clone) there is nothing to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED_DIR:-../shared}"
if [ ! -d "$shared" ]; then
  echo "check-shared-copies: no $shared beside the repo; skipping"
  exit 0
fi
status=0
compare() {
  if ! diff -q "$1" "$2" >/dev/null 2>&1; then
    echo "check-shared-copies: $2 differs from $1 (copy it again: cp $1 $2)"
    status=1
  fi
}
compare "$shared/sources/000_815fa9a73ad098dd.txt" seed/source/000_815fa9a73ad098dd.txt
for f in "$shared"/contract/*; do compare "$f" "contract/$(basename "$f")"; done
for f in contract/*; do
  [ -e "$shared/contract/$(basename "$f")" ] || { echo "check-shared-copies: contract/$(basename "$f") is not in $shared/contract"; status=1; }
done
[ $status -eq 0 ] && echo "check-shared-copies: seed/source and contract/ match $shared"
exit $status
