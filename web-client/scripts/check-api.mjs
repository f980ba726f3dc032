// Drift check: src/lib/api/schema.d.ts must be exactly what openapi-typescript makes from
// ../openapi.yaml today. Regenerates to a temporary file and fails on any difference.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contract = resolve(root, '../openapi.yaml');
const committed = resolve(root, 'src/lib/api/schema.d.ts');

if (!existsSync(contract)) {
  console.error(`check:api: the contract ${contract} does not exist`);
  process.exit(1);
}
if (!existsSync(committed)) {
  console.error('check:api: src/lib/api/schema.d.ts is missing: run `npm run gen:api`');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'check-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  execFileSync(process.execPath, [resolve(root, 'node_modules/openapi-typescript/bin/cli.js'), contract, '-o', fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const expected = readFileSync(fresh, 'utf8');
  const actual = readFileSync(committed, 'utf8');
  if (expected !== actual) {
    const expectedLines = expected.split('\n');
    const actualLines = actual.split('\n');
    const line = expectedLines.findIndex((text, index) => text !== actualLines[index]);
    console.error('check:api: src/lib/api/schema.d.ts is out of date with ../openapi.yaml.');
    console.error(`First difference at line ${line + 1}:`);
    console.error(`  generated: ${expectedLines[line] ?? '(end of file)'}`);
    console.error(`  committed: ${actualLines[line] ?? '(end of file)'}`);
    console.error('Run `npm run gen:api` and commit the result.');
    process.exit(1);
  }
  console.log('check:api: schema.d.ts matches openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
