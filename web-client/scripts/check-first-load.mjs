// The carer's first download, held to a budget (decision 0039). From the build's
// dist/.vite/manifest.json: the entry chunk (what index.html loads for "/") and every chunk it
// imports statically, which the browser fetches before the first page can show. Prints their
// gzipped size and the budget; fails above the budget, and fails when any staff module (a staff
// route, or a feature only staff routes use) is bundled into them (dist/.vite/chunk-modules.json,
// written by the chunk-modules plugin in vite.config.ts). Run after `vite build`:
//   node scripts/check-first-load.mjs [dist]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** 150 KB of gzipped script for a carer's first page (issue 18: a cheap phone on pay-as-you-go data). */
export const budgetBytes = 150 * 1024;

/**
 * @typedef {{ file: string; src?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 */

/**
 * The manifest key of the entry index.html loads.
 * @param {Manifest} manifest
 * @returns {string}
 */
export function entryKey(manifest) {
  if (manifest['index.html']?.isEntry) return 'index.html';
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.length}: ${entries.join(', ')}`);
  return /** @type {string} */ (entries[0]);
}

/**
 * The script files the browser loads before the first page: the entry and, transitively, what it
 * imports statically (`imports`); never what it imports dynamically (`dynamicImports`, the lazy routes).
 * @param {Manifest} manifest
 * @param {string} key
 * @returns {string[]} file names, the entry's first
 */
export function firstLoadFiles(manifest, key = entryKey(manifest)) {
  /** @type {string[]} */
  const files = [];
  const seen = new Set();
  const visit = (/** @type {string} */ at) => {
    if (seen.has(at)) return;
    seen.add(at);
    const chunk = manifest[at];
    if (!chunk) throw new Error(`the manifest imports ${at}, which it does not list`);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(key);
  return files;
}

/**
 * The files' sizes added up, each as a browser receives it gzipped.
 * @param {string[]} files
 * @param {(file: string) => number} gzippedSize
 */
export function totalBytes(files, gzippedSize) {
  return files.reduce((sum, file) => sum + gzippedSize(file), 0);
}

/** @param {number} bytes */
export const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Which source modules are staff code: src/app/routes/staff/**, and every feature that only staff
 * routes import (read from the routes' import lines, so a new staff feature is covered the day it
 * is added). A feature a carer's or a public route also imports is shared, not staff.
 * @param {{ path: string; text: string }[]} routeFiles route files, paths from web-client/ (src/app/...)
 * @returns {(moduleId: string) => boolean}
 */
export function staffMatcher(routeFiles) {
  /** @type {Map<string, { staff: boolean; other: boolean }>} */
  const users = new Map();
  for (const { path, text } of routeFiles) {
    const staffRoute = path.startsWith('src/app/routes/staff/');
    for (const match of text.matchAll(/from\s+['"]@\/features\/([^/'"]+)\//g)) {
      const feature = /** @type {string} */ (match[1]);
      const seen = users.get(feature) ?? { staff: false, other: false };
      if (staffRoute) seen.staff = true;
      else seen.other = true;
      users.set(feature, seen);
    }
  }
  const staffFeatures = [...users].filter(([, seen]) => seen.staff && !seen.other).map(([feature]) => feature);
  return (moduleId) =>
    moduleId.startsWith('src/app/routes/staff/') || staffFeatures.some((feature) => moduleId.startsWith(`src/features/${feature}/`));
}

/**
 * @param {string[]} files the first load's files
 * @param {Record<string, string[]>} chunkModules each chunk's source modules
 * @param {(moduleId: string) => boolean} isStaff
 */
export function staffModulesIn(files, chunkModules, isStaff) {
  return files.flatMap((file) => (chunkModules[file] ?? []).filter(isStaff).map((moduleId) => `${moduleId} (in ${file})`));
}

/**
 * What is wrong with a first load, each with what to do; none when it is within the budget with no staff code.
 * @param {number} total gzipped bytes
 * @param {string[]} staff staff modules found in it
 * @param {number} budget
 * @returns {string[]}
 */
export function problems(total, staff, budget = budgetBytes) {
  /** @type {string[]} */
  const found = [];
  if (total > budget) {
    found.push(
      `${kilobytes(total)} is over the budget of ${kilobytes(budget)} by ${kilobytes(total - budget)}. Load the page or library that grew it lazily ` +
        '(a `lazy` route in src/app/router.tsx, or import() where it is used), or make it smaller; do not raise the budget without a decision record (decision 0039).',
    );
  }
  if (staff.length > 0) {
    found.push(
      'staff code is in every visitor\u2019s first download:\n' +
        staff.map((line) => `  ${line}`).join('\n') +
        '\nImport staff pages only through `lazy` routes in src/app/router.tsx, and keep them out of shared code and the layout.',
    );
  }
  return found;
}

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dist = resolve(root, process.argv[2] ?? 'dist');
  const manifestPath = join(dist, '.vite/manifest.json');
  const modulesPath = join(dist, '.vite/chunk-modules.json');
  for (const path of [manifestPath, modulesPath]) {
    if (!existsSync(path)) {
      console.error(`check-first-load: ${path} is missing. Build the SPA first (npx vite build); vite.config.ts must keep build.manifest and the chunk-modules plugin.`);
      process.exit(1);
    }
  }
  /** @type {Manifest} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  /** @type {Record<string, string[]>} */
  const chunkModules = JSON.parse(readFileSync(modulesPath, 'utf8'));

  const files = firstLoadFiles(manifest);
  const sizes = new Map(files.map((file) => [file, gzipSync(readFileSync(join(dist, file))).length]));
  const total = totalBytes(files, (file) => sizes.get(file) ?? 0);
  const routesDir = join(root, 'src/app/routes');
  const routeFiles = filesUnder(routesDir).map((path) => ({ path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));
  const staff = staffModulesIn(files, chunkModules, staffMatcher(routeFiles));

  console.log(`A carer's first load (/): ${kilobytes(total)} of script gzipped in ${files.length} file(s); the budget is ${kilobytes(budgetBytes)}.`);
  for (const file of files) console.log(`  ${kilobytes(sizes.get(file) ?? 0).padStart(9)}  ${file}`);
  const found = problems(total, staff);
  for (const problem of found) console.error(`check-first-load: ${problem}`);
  process.exit(found.length > 0 ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
