#!/usr/bin/env bash
# Benchmark for the historic import (issue 13, decision 0020): a generated file of ROWS historic carer
# events in the CLD layout (five events a carer: a request, an assessment, a direct payment, a break and
# information and advice) uploaded to the API and timed from the upload to "completed", beside a raw
# COPY of the same rows into a plain staging table of the same columns (all text) in the same run.
# Prints rows per second for both and the ratio API / COPY (the issue's target: at least 0.3).
#   bench/historic-import.sh          (ROWS=100000 to change; CARERS is ROWS / 5)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${ROWS:-100000}"
CARERS="${CARERS:-$((ROWS / 5))}"
. bench/lib.sh
now() { date +%s.%N; }
rate() { node -e 'const [n,s]=process.argv.slice(1).map(Number);console.log((n/s).toFixed(0))' "$1" "$2"; }
bench_start_cluster
bench_start_api HistoricImport__PollMilliseconds=100 HistoricImport__MaxFileBytes=1073741824 Logging__LogLevel__Carers.Api.Features.HistoricImport=Information
TOKEN=$(bench_token Staff.Manager bench-manager)

# The layout's columns, as the platform's own extract writes them (an empty year: the header alone).
curl -fs "http://127.0.0.1:$API_PORT/api/statutory-returns/client-level-data?year=2001" -H "Authorization: Bearer $TOKEN" | head -n 1 | tr -d '\r' > "$OUT/header.txt"
cat > "$OUT/make.js" <<'JS'
const fs = require('node:fs');
const [headerFile, out, carers, prefix] = process.argv.slice(2);
const header = fs.readFileSync(headerFile, 'utf8').trim().split(',');
const at = (name) => header.indexOf(name);
const day = (base, offset) => new Date(Date.UTC(2015, 3, 1) + (base + offset) * 86400000).toISOString().slice(0, 10);
const lines = [header.join(',')];
const row = (values) => { const r = Array(header.length).fill(''); for (const [k, v] of Object.entries(values)) r[at(k)] = v; return r.map((v) => (/[",]/.test(v) ? `"${v}"` : v)).join(','); };
for (let i = 0; i < Number(carers); i++) {
  const person = { LA_Code: 'E06000032', Reporting_Period_Start_Date: '2015-04-01', Reporting_Period_End_Date: '2016-03-31',
    LA_Person_Unique_Identifier: `${prefix}-${i}`, Date_of_Birth: `${1940 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`, Client_Type: 'Carer', Postcode: 'LU1 1AA' };
  const base = i % 200;
  const service = { Event_Type: 'Service', Service_Type: 'Carer Support: Direct to Carer' };
  lines.push(row({ ...person, Event_Type: 'Request', Event_Reference: `${prefix}-REQ-${i}`, Event_Start_Date: day(base, 0), Event_End_Date: day(base, 2), Event_Outcome: 'Progress to Assessment', Request_Route_of_Access: 'Community / Other route' }));
  lines.push(row({ ...person, Event_Type: 'Assessment', Event_Reference: `${prefix}-ASM-${i}`, Event_Start_Date: day(base, 5), Event_End_Date: day(base, 20), Event_Outcome: 'Progress to Support Planning / Services', Assessment_Type: 'Carer Assessment', Eligible_Needs_Identified: 'Y', Method_of_Assessment: 'Face to Face' }));
  lines.push(row({ ...person, ...service, Event_Reference: `${prefix}-GRT-${i}`, Event_Start_Date: day(base, 40), Event_End_Date: day(base, 40), Event_Outcome: 'Service ended as planned', Service_Component: 'Direct Payment', Delivery_Mechanism: 'Direct Payment' }));
  lines.push(row({ ...person, ...service, Event_Reference: `${prefix}-BRK-${i}`, Event_Start_Date: day(base, 60), Event_End_Date: day(base, 62), Event_Outcome: 'Service ended as planned', Service_Component: 'Carer Respite', Delivery_Mechanism: 'CASSR Commissioned support' }));
  lines.push(row({ ...person, ...service, Event_Reference: `${prefix}-PTS-${i}`, Event_Start_Date: day(base, 70), Event_End_Date: day(base, 70), Event_Outcome: 'NFA - Information & Advice / Signposting only', Service_Component: 'Carer Universal Services' }));
}
fs.writeFileSync(out, lines.join('\r\n') + '\r\n');
JS
node "$OUT/make.js" "$OUT/header.txt" "$OUT/historic.csv" "$CARERS" LL
node "$OUT/make.js" "$OUT/header.txt" "$OUT/warm.csv" 400 WARM
TOTAL=$(($(wc -l < "$OUT/historic.csv") - 1))
echo "File: $TOTAL rows for $CARERS carers, $(du -h "$OUT/historic.csv" | cut -f1)"

echo "Raw: COPY $TOTAL rows into a staging table of the same columns"
psql_carers -qc "CREATE TABLE bench_cld_staging ($(sed 's/,/ text, /g' "$OUT/header.txt") text)"
start=$(now)
psql_carers -qc "\copy bench_cld_staging FROM '$OUT/historic.csv' WITH (FORMAT csv, HEADER true)"
raw_seconds=$(node -e "console.log($(now) - $start)")
raw_rate=$(rate "$TOTAL" "$raw_seconds")
echo "  RESULT rows=$(psql_carers -tAc 'SELECT count(*) FROM bench_cld_staging') seconds=$raw_seconds rows_per_second=$raw_rate"
psql_carers -qc "DROP TABLE bench_cld_staging"

# upload FILE: posts it and waits for the import to end; leaves its last status in $OUT/status.json.
upload() {
  local id status
  curl -fs -o "$OUT/upload.json" -X POST "http://127.0.0.1:$API_PORT/api/historic-imports" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: text/csv' -H 'Expect:' --data-binary "@$1"
  id=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).id)' "$OUT/upload.json")
  while true; do
    curl -fs "http://127.0.0.1:$API_PORT/api/historic-imports/$id" -H "Authorization: Bearer $TOKEN" > "$OUT/status.json"
    status=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).status)' "$OUT/status.json")
    case "$status" in completed|refused|failed) break ;; esac
    sleep 0.1
  done
}

# Warm-up (other people and events, left in place): the API measured as it runs all day, its code compiled and its pool open.
# The second upload is a different file with the same rows (a line ending added), imported as a no-op.
upload "$OUT/warm.csv"
printf '\r\n' >> "$OUT/warm.csv"
upload "$OUT/warm.csv"
sleep 1

echo "API: upload $TOTAL rows and wait for the import to complete"
start=$(now)
upload "$OUT/historic.csv"
status=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).status)' "$OUT/status.json")
api_seconds=$(node -e "console.log($(now) - $start)")
api_rate=$(rate "$TOTAL" "$api_seconds")
echo "  RESULT status=$status seconds=$api_seconds rows_per_second=$api_rate events=$(psql_carers -tAc "SELECT count(*) FROM historic_event WHERE source_event_id LIKE 'LL-%'") carers=$(psql_carers -tAc "SELECT count(*) FROM historic_person WHERE source_person_id LIKE 'LL-%'")"
[ "$status" = completed ] || { cat "$OUT/status.json"; exit 1; }
node -e 'const [a,r]=process.argv.slice(1).map(Number);console.log(`RATIO api/copy=${(a/r).toFixed(4)} (target at least 0.3)`)' "$api_rate" "$raw_rate"
grep -o "Historic import [0-9a-f-]*: .*" "$OUT/api.log" | tail -n 1 || true
