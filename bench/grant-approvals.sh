#!/usr/bin/env bash
# Benchmark for grant approvals (issue 5): approvals per second through the API with 16
# concurrent approvers, beside pgbench running the same guarded UPDATE of a pot at the same
# concurrency in the same run; the ratio (target at least 0.3); then the invariant: no pot
# over-committed, and committed equals the sum of approved grants.
#   bench/grant-approvals.sh      (APPLICATIONS=100000 CONNECTIONS=16 DURATION=10 WARMUP=10 to change)
# Also prints the CPU each approval costs in the API and in PostgreSQL: steadier than the rates
# when something else shares the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
APPLICATIONS="${APPLICATIONS:-100000}"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-10}"
. bench/lib.sh
bench_start_cluster
bench_start_api

YEAR=$(node -e 'const d=new Date();console.log(d.getMonth()>=3?d.getFullYear():d.getFullYear()-1)')
echo "Seeding $APPLICATIONS submitted applications of £100 for $YEAR/$(( (YEAR + 1) % 100 ))..."
psql_carers -q <<SQL
-- The adults' pot holds three quarters of what is asked, so the guard really bites.
INSERT INTO grant_pot (financial_year, pot, budget_pence) VALUES ($YEAR, 'children', 0), ($YEAR, 'adults', $APPLICATIONS::bigint * 10000 * 3 / 4);
-- A separate year's pot for pgbench, large enough never to refuse.
INSERT INTO grant_pot (financial_year, pot, budget_pence) VALUES (1999, 'adults', 9000000000000);
WITH carers AS (
  INSERT INTO carer (given_name, family_name, date_of_birth, postcode, preferred_language, preferred_contact_channel, registered_by, identification_source, identified_at)
  SELECT 'Bench', 'Approver' || g, date '1970-01-01', 'LU1 1AA', 'en', 'phone', 'staff', 'staff', now() FROM generate_series(1, $APPLICATIONS) g RETURNING id
), assessed AS (
  INSERT INTO assessment (carer_id, kind, status, requested_by, completed_at, eligible) SELECT id, 'adult', 'completed', 'bench', now(), true FROM carers RETURNING id, carer_id
)
INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id)
SELECT carer_id, $YEAR, 'adults', 'break', 10000, 'A break', 'submitted', id FROM assessed;
SQL
# VACUUM outside a transaction: sets the visibility map and hint bits the way a live database has them.
pg_psql "$PG_PORT" -d carers -qc "VACUUM ANALYZE grant_application, grant_pot, carer, assessment"
psql_carers -tAc "SELECT id FROM grant_application ORDER BY random()" >"$OUT/ids.txt"
TOKEN=$(bench_token Staff.GrantsOfficer bench-officer)

cat >"$OUT/approve.lua" <<LUA
local ids = {}
for line in io.lines("$OUT/ids.txt") do ids[#ids + 1] = line end
local threads = 0
function setup(thread) thread:set("tid", threads); threads = threads + 1 end
local counter = 0
request = function()
  counter = counter + 1
  local id = ids[((counter - 1) * 2 + tid) % #ids + 1]
  return wrk.format("POST", "/api/grant-applications/" .. id .. "/approval",
    { ["Authorization"] = "Bearer $TOKEN", ["Content-Type"] = "application/json", ["If-Match"] = "\"v1\"" }, "{}")
end
done = function(summary, latency, requests)
  io.write(string.format("requests=%d p99_ms=%.2f non2xx=%d\n", summary.requests, latency:percentile(99) / 1000, summary.errors.status))
end
LUA

echo "Warming up ($WARMUP s of approvals, so the JIT has settled; then the pot and the counts are reset)..."
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$OUT/approve.lua" "http://127.0.0.1:$API_PORT" >/dev/null
psql_carers -qc "UPDATE grant_application SET status = 'submitted', decided_at = NULL, decided_by = NULL, approved_on = NULL, version = 1 WHERE status = 'approved'" \
  -c "UPDATE grant_pot SET committed_pence = 0 WHERE financial_year = $YEAR"
pg_psql "$PG_PORT" -d carers -qc "VACUUM ANALYZE grant_application, grant_pot"
echo "API: wrk -t2 -c$CONNECTIONS -d${DURATION}s POST approvals"
read -r api0 pg0 < <(bench_cpu)
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$OUT/approve.lua" "http://127.0.0.1:$API_PORT" | tail -n 1
read -r api1 pg1 < <(bench_cpu)
approved=$(psql_carers -tAc "SELECT count(*) FROM grant_application WHERE status = 'approved'")
refused=$(psql_carers -tAc "SELECT count(*) FROM grant_application WHERE status = 'submitted'")
api_rate=$(node -e "console.log(($approved / $DURATION).toFixed(0))")
echo "  RESULT approved=$approved approvals_per_second=$api_rate (still submitted: $refused)"
node -e 'const [a0,a1,p0,p1,n]=process.argv.slice(1).map(Number);console.log(`  CPU per approval: API ${((a1-a0)/n*1e6).toFixed(0)} us, PostgreSQL ${((p1-p0)/n*1e6).toFixed(0)} us`)' "$api0" "$api1" "$pg0" "$pg1" "$approved"

echo "Raw: pgbench -c$CONNECTIONS -j2 -T$DURATION -M prepared, the guarded UPDATE on one pot"
cat >"$OUT/guarded.sql" <<'SQL'
UPDATE grant_pot SET committed_pence = committed_pence + 10000, updated_at = now()
WHERE financial_year = 1999 AND pot = 'adults' AND committed_pence + 10000 <= budget_pence
RETURNING committed_pence;
SQL
read -r _ pg0 < <(bench_cpu)
PGPASSWORD=carers "$(pg_bindir)/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U carers -n -c"$CONNECTIONS" -j2 -T"$DURATION" -M prepared -f "$OUT/guarded.sql" carers >"$OUT/pgbench.txt" 2>&1
raw_tps=$(grep -Eo 'tps = [0-9.]+' "$OUT/pgbench.txt" | head -n 1 | grep -Eo '[0-9.]+')
read -r _ pg1 < <(bench_cpu)
raw_count=$(grep -Eo 'number of transactions actually processed: [0-9]+' "$OUT/pgbench.txt" | grep -Eo '[0-9]+$')
echo "  RESULT tps=$raw_tps"
node -e 'const [p0,p1,n]=process.argv.slice(1).map(Number);console.log(`  CPU per UPDATE: PostgreSQL ${((p1-p0)/n*1e6).toFixed(0)} us`)' "$pg0" "$pg1" "$raw_count"
node -e 'const [a,r]=process.argv.slice(1).map(Number);console.log(`Ratio API/raw: ${(a/r).toFixed(2)} (target >= 0.30)`)' "$api_rate" "$raw_tps"

echo "Invariant:"
psql_carers -tAc "SELECT format('  pot %s: budget %s, committed %s, sum of approved %s, over-committed: %s', p.pot, p.budget_pence, p.committed_pence,
  COALESCE((SELECT sum(amount_pence) FROM grant_application g WHERE g.financial_year = p.financial_year AND g.pot = p.pot AND g.status IN ('approved', 'paid')), 0),
  p.committed_pence > p.budget_pence) FROM grant_pot p WHERE p.financial_year = $YEAR ORDER BY p.pot"
echo "Details in $OUT"
