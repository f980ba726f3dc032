#!/usr/bin/env bash
# Runs the examples of partners' docs against a running API (decision 0044): every ```sh block of
# each Markdown file given, in order, in ONE bash session with `set -euo pipefail`, so a block sees
# the variables the blocks before it set (a token, a carer's id). A block passes if every command in
# it succeeds; an expected refusal is checked in the block itself
# (status=$(curl -sS -o out.json -w '%{http_code}' ...); test "$status" = 404).
# Prints one line per block, "  ok    <doc>: <heading>" or "  FAIL  <doc>: <heading>" (with the
# block's output), then "N passed, N failed"; exits non-zero if a block failed. After a failed block
# the doc's later blocks are not run and count as failed (they build on it).
#
#   tools/docs-examples/run-doc.sh docs/partners.md [docs/gp-suppliers.md ...]
#
# What the blocks may use (set here; give API and TOKEN_URL to point elsewhere):
#   API        the API's address, without a trailing slash (./run.sh's http://127.0.0.1:5080)
#   TOKEN_URL  the identity provider's token endpoint (./run.sh's http://127.0.0.1:5090/connect/token)
#   SCOPE      the scope to ask for with client credentials (carers-api locally)
#   <CLIENT>_CLIENT_ID and <CLIENT>_CLIENT_SECRET for each machine client of the local identity provider
#     (dev/Carers.DevIdentity/appsettings.Development.json), the client id in capitals with - as _:
#     CARERS_CENTRAL_..., CHUMS_..., GP_A12345_..., GP_E84001_..., ANOTHER_COUNCILS_APP_...
# Each doc runs in a fresh empty folder (its files, like out.json, are removed afterwards). Needs curl and jq.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

[ $# -gt 0 ] || { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "  FAIL  $tool is needed to run the docs' examples (apt-get install $tool)"; echo "0 passed, 1 failed"; exit 1; }
done

export API="${API:-http://127.0.0.1:5080}"
export TOKEN_URL="${TOKEN_URL:-http://127.0.0.1:5090/connect/token}"
export SCOPE="${SCOPE:-carers-api}"
clients="$ROOT/dev/Carers.DevIdentity/appsettings.Development.json"
while IFS=$'\t' read -r id secret; do
  name="$(printf '%s' "$id" | tr '[:lower:]-' '[:upper:]_')"
  export "${name}_CLIENT_ID=$id" "${name}_CLIENT_SECRET=$secret"
done < <(jq -r '.DevIdentity.Clients[] | [.ClientId, .Secret] | @tsv' "$clients")

PASSED=0
FAILED=0
for doc in "$@"; do
  [ -f "$doc" ] || { echo "  FAIL  $doc: no such file"; FAILED=$((FAILED + 1)); continue; }
  work="$(mktemp -d)"
  # The blocks, each as a numbered group whose output goes to its own file, and the heading each is under.
  awk -v work="$work" '
    /^```/ {
      if (inside) { inside = 0; print "} >\"" work "/" n ".out\" 2>&1"; print "echo " n " >\"" work "/.blocks-done\"" }
      else if (other) other = 0
      else if ($0 ~ /^```sh[[:space:]]*$/) { inside = 1; n++; print "{"; print heading >(work "/" n ".heading") }
      else other = 1
      next
    }
    inside { print; next }
    other { next }
    /^#+ / { heading = $0; sub(/^#+ +/, "", heading) }
  ' "$doc" >"$work/script.sh"
  blocks=$(find "$work" -name '*.heading' | wc -l)
  if [ "$blocks" = 0 ]; then echo "  FAIL  $doc: it has no \`\`\`sh blocks"; FAILED=$((FAILED + 1)); rm -rf "$work"; continue; fi
  # TMPDIR inside the folder: a block that makes a folder of its own (mktemp -d) leaves nothing behind either.
  (cd "$work" && TMPDIR="$work" bash -c "set -euo pipefail; . ./script.sh") </dev/null
  done_upto=$(cat "$work/.blocks-done" 2>/dev/null || echo 0)
  for i in $(seq 1 "$blocks"); do
    title="$doc: $(cat "$work/$i.heading")"
    same=$(grep -Fxc -- "$(cat "$work/$i.heading")" <(cat "$work"/[0-9]*.heading) || true)
    [ "$same" -gt 1 ] && title="$title (block $i)"
    if [ "$i" -le "$done_upto" ]; then
      echo "  ok    $title"; PASSED=$((PASSED + 1))
    elif [ "$i" = "$((done_upto + 1))" ]; then
      echo "  FAIL  $title; what it printed:"; sed 's/^/        /' "$work/$i.out" 2>/dev/null | tail -n 30; FAILED=$((FAILED + 1))
    else
      echo "  FAIL  $title (not run: a block before it failed)"; FAILED=$((FAILED + 1))
    fi
  done
  rm -rf "$work"
done
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
