#!/usr/bin/env bash
# Rewrites openapi.yaml from the running API's document and regenerates the SPA's types from it.
# Review the diff and commit both: partners code against openapi.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."
log="$(mktemp)"; trap 'rm -f "$log"' EXIT
CARERS_UPDATE_CONTRACT=1 dotnet test --project tests/Carers.Api.Tests -- --filter-method "*The_committed_openapi_yaml_is_what_the_api_serves" >"$log" 2>&1 \
  || { tail -n 60 "$log"; echo "ERROR: the contract could not be written from the API (the test's output is above)." >&2; exit 1; }
if [ -f web-client/package.json ] && [ -d web-client/node_modules ]; then
  (cd web-client && npm run -s gen:api)
fi
git --no-pager diff --stat -- openapi.yaml web-client/src/lib/api/schema.d.ts || true
