// bench/scale.sh's last step: node bench/scale-report.mjs TIER FIGURES_FILE RESULTS_DIR
// Reads the run's figures ("name value" lines), writes RESULTS_DIR/TIER.json, prints each figure
// beside its target, and, when the tier below this one has a result file (tiny < small < large),
// the targets between the two tiers: p99 at most 1.5x the smaller tier's, ingest ratio at least 0.8x.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";

const [tier, figuresFile, dir] = process.argv.slice(2);
const figures = {};
for (const line of readFileSync(figuresFile, "utf8").split("\n")) {
  const [name, value] = line.trim().split(" ");
  if (name) figures[name] = Number(value);
}
const result = {
  tier,
  measuredAt: new Date().toISOString(),
  machine: { cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30) },
  figures,
};
writeFileSync(`${dir}/${tier}.json`, JSON.stringify(result, null, 2) + "\n");

const queries = Object.keys(figures).filter((k) => k.startsWith("api_p99_ms.")).map((k) => k.slice("api_p99_ms.".length));
const fixed = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "-");
const verdict = (ok) => (ok ? "met" : "MISSED");
console.log(`== ${tier}: figures (written to ${dir}/${tier}.json)`);
console.log(`  ${"request".padEnd(34)} ${"API p50".padStart(8)} ${"API p99".padStart(8)} ${"raw p50".padStart(8)} ${"raw p99".padStart(8)} ${"API rps".padStart(8)}  seq scans (target 0), rows filtered out`);
for (const q of queries) {
  const seq = figures[`plan_seq_scans.${q}`];
  console.log(`  ${q.padEnd(34)} ${fixed(figures[`api_p50_ms.${q}`], 2).padStart(8)} ${fixed(figures[`api_p99_ms.${q}`], 2).padStart(8)} ` +
    `${fixed(figures[`raw_p50_ms.${q}`], 2).padStart(8)} ${fixed(figures[`raw_p99_ms.${q}`], 2).padStart(8)} ${fixed(figures[`api_rps.${q}`], 0).padStart(8)}  ` +
    `${seq ?? "-"} (${verdict(seq === 0)}), ${figures[`plan_rows_removed.${q}`] ?? "-"}`);
}
console.log(`  GP ingest: API ${figures.ingest_api_rows_per_second} rows/s, raw COPY ${figures.ingest_raw_rows_per_second} rows/s, ratio ${fixed(figures.ingest_ratio, 3)}`);
const p99Growth = figures.soak_last_p99_ms / figures.soak_first_p99_ms;
const rssGrowth = figures.soak_last_rss_mb / figures.soak_first_rss_mb;
console.log(`  Soak ${figures.soak_seconds}s at ${figures.soak_target_rps} requests/s (achieved ${fixed(figures.soak_first_rps)} then ${fixed(figures.soak_last_rps)}): ` +
  `p99 ${fixed(figures.soak_first_p99_ms, 2)} -> ${fixed(figures.soak_last_p99_ms, 2)} ms (${fixed(p99Growth, 2)}x, target <= 1.1: ${verdict(p99Growth <= 1.1)}), ` +
  `RSS ${figures.soak_first_rss_mb} -> ${figures.soak_last_rss_mb} MB (${fixed(rssGrowth, 2)}x, target <= 1.1: ${verdict(rssGrowth <= 1.1)}), non-2xx ${figures.soak_non2xx}`);

const tiers = ["tiny", "small", "large"];
const below = tiers[tiers.indexOf(tier) - 1];
if (below && existsSync(`${dir}/${below}.json`)) {
  const other = JSON.parse(readFileSync(`${dir}/${below}.json`, "utf8"));
  const o = other.figures;
  console.log(`== ${tier} against ${below} (${below} measured ${other.measuredAt}; ${figures.carers / o.carers}x the carers)`);
  for (const q of queries) {
    const g = figures[`api_p99_ms.${q}`] / o[`api_p99_ms.${q}`];
    const r = figures[`raw_p99_ms.${q}`] / o[`raw_p99_ms.${q}`];
    console.log(`  ${q.padEnd(34)} API p99 ${fixed(o[`api_p99_ms.${q}`], 2)} -> ${fixed(figures[`api_p99_ms.${q}`], 2)} ms: ${fixed(g, 2)}x (target <= 1.5: ${verdict(g <= 1.5)}); raw p99 ${fixed(r, 2)}x`);
  }
  const ig = figures.ingest_ratio / o.ingest_ratio;
  console.log(`  GP ingest ratio ${fixed(o.ingest_ratio, 3)} -> ${fixed(figures.ingest_ratio, 3)}: ${fixed(ig, 2)}x (target >= 0.8: ${verdict(ig >= 0.8)})`);
}
