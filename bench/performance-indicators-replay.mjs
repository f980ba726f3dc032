// Reads a PostgreSQL server log taken with log_statement = all around one report request and prints
// the report's statements (those the API executed through the extended protocol: SELECT or WITH) with their
// bound parameters inlined as literals, one statement a line group ending in ";", for psql to replay.
// Used by bench/performance-indicators.sh.
import { readFileSync } from "node:fs";

const head = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] ([A-Z]+):  (.*)$/;
const records = [];
for (const line of readFileSync(process.argv[2], "utf8").split("\n")) {
  const m = head.exec(line);
  if (m) records.push({ pid: m[1], level: m[2], text: m[3] });
  else if (records.length && line.startsWith("\t")) records.at(-1).text += "\n" + line.slice(1);
}

function parameters(detail) {
  const values = {};
  const re = /\$(\d+) = (NULL|'((?:[^']|'')*)')/g;
  for (let m; (m = re.exec(detail)); ) values[m[1]] = m[2] === "NULL" ? "NULL" : m[2];
  return values;
}

const statements = [];
for (let i = 0; i < records.length; i++) {
  // Extended protocol only (the API's statements), not simple queries such as the benchmark's own.
  const m = /^execute [^:]+: ([\s\S]*)$/.exec(records[i].text);
  if (!m || records[i].level !== "LOG") continue;
  const sql = m[1].trim();
  if (!/^(SELECT|WITH)\b/i.test(sql)) continue;
  const next = records[i + 1];
  const values = next && next.pid === records[i].pid && next.level === "DETAIL" && /^parameters:/i.test(next.text) ? parameters(next.text) : {};
  statements.push(sql.replace(/\$(\d+)\b/g, (all, n) => {
    if (!(n in values)) throw new Error(`no value for $${n} in: ${sql.slice(0, 80)}`);
    return values[n];
  }));
}
if (!statements.length) throw new Error("no report statements in the log");
process.stdout.write(statements.map((s) => s.replace(/;\s*$/, "") + ";\n").join(""));
process.stderr.write(`${statements.length} statements\n`);
