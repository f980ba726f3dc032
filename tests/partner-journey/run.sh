#!/usr/bin/env bash
# A partner's whole journey, driven by a client generated from the contract (decision 0044):
# generates a TypeScript client from openapi.yaml with @hey-api/openapi-ts into generated/ (ignored
# by git, never edited), type-checks the journey against it and runs it against a running API.
# One line per step ("  ok    partner journey: ..." or "  FAIL  ..."), then "N passed, N failed".
#
#   API=http://127.0.0.1:5080 TOKEN_URL=http://127.0.0.1:5090/connect/token tests/partner-journey/run.sh
#
# The tools come from web-client's node_modules (npm ci there first). The API must run in Development
# (the journey asks /dev/tokens for a manager's token, as a manager would sign in).
set -uo pipefail
cd "$(dirname "$0")"
BIN=../../web-client/node_modules/.bin
export API="${API:-http://127.0.0.1:5080}"
export TOKEN_URL="${TOKEN_URL:-http://127.0.0.1:5090/connect/token}"
export SCOPE="${SCOPE:-carers-api}"

rm -rf generated build
if "$BIN/openapi-ts" >generate.log 2>&1 && [ -f generated/sdk.gen.ts ]; then
  echo "  ok    partner journey: a client generates from openapi.yaml (@hey-api/openapi-ts)"
else
  tail -n 30 generate.log
  echo "  FAIL  partner journey: a client generates from openapi.yaml (@hey-api/openapi-ts; its messages are above)"
  echo "0 passed, 1 failed"; exit 1
fi
if "$BIN/tsc" -p tsconfig.json >compile.log 2>&1; then
  echo "  ok    partner journey: the journey type-checks against the generated client"
else
  head -n 30 compile.log
  echo "  FAIL  partner journey: the journey type-checks against the generated client (tsc's messages are above)"
  echo "1 passed, 1 failed"; exit 1
fi
JOURNEY_PASSED_BEFORE=2 exec node build/journey.js
