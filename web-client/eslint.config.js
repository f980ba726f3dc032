// @ts-check
// The SPA's house rules kept by the linter: TypeScript's type-aware recommended rules, the rules of
// hooks, and the layout's boundaries (README.md, "Linting"): shared code -> features -> app, no
// imports across features, no barrel files, routes that compose features rather than hold them.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Each folder under src/features is a feature; a new one is fenced in as soon as it exists. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Imports that no file in src/ may make. ESLint replaces (does not merge) a rule's options when a
 * later block sets the rule again, so every block below repeats these and adds its own.
 */
const everywhere = [
  {
    // `a/../b`, `./../b`, `@/features/a/../b`: a path that doubles back hides where it lands.
    regex: '(^|/)(?!\\.\\.(/|$))[^/]+/\\.\\.?(/|$)',
    message: 'Write the import path straight: no `./` or `../` after the first segment.',
  },
  { regex: '^src/', message: 'Import with `@/`, not `src/`.' },
  {
    regex: '(^|/)index(\\.[cm]?[jt]sx?)?$|^\\.\\.?/?$',
    message: 'No barrel files: import the module that defines the name, not an index or a folder.',
  },
];

/** Outside a feature, `../` is never needed: shared code and app import with `@/`. */
const noParentPaths = {
  regex: '^\\.\\.(/|$)',
  message: 'Import with `@/`, not `../`: outside a feature a path that climbs can reach into a feature unseen.',
};

/**
 * A feature's own files may import each other relatively, but a file `depth` folders below its
 * feature's root that climbs `depth + 1` times has left the feature (into another feature, or into
 * shared code, which is imported with `@/`).
 */
/** @param {number} depth */
const climbsOutOfFeature = (depth) => ({
  regex: `^(\\.\\./){${depth + 1}}`,
  message: 'A relative import may not climb out of its feature: import shared code with `@/`, and never another feature.',
});
/** Deeper than this inside a feature is unheard of; such a file may not climb at all. */
const deepestFeatureFolder = 4;

const noApp = {
  regex: '^@/app(/|$)',
  message: 'Only app/ composes: shared code and features may not import from it (shared -> features -> app).',
};

/** Shared code sits below features and app. */
const noFeatures = {
  regex: '^@/features(/|$)',
  message: 'Shared code (components, hooks, lib, config) may not import a feature: move what both need down into shared code.',
};

/** No imports across features, by alias (a relative path out of a feature is `climbsOutOfFeature`). */
/** @param {string} feature */
const onlyOwnFeature = (feature) => ({
  regex: `^@/features/(?!${feature}/)`,
  caseSensitive: true,
  message: `No imports across features: ${feature} may import only from itself and shared code. Move what both need to components/, hooks/, lib/ or config/, or compose the two in src/app/routes/.`,
});

/** Routes read data through a feature's query hooks and hand it to the feature's pages; the rest is the feature's. */
const routesCompose = {
  paths: [
    {
      name: '@tanstack/react-query',
      message: 'Routes compose features: queries, mutations and the query cache belong in the feature (src/features/<area>/api/).',
    },
    { name: '@/lib/api/client', message: 'Routes compose features: only a feature\u2019s api/ files call the API client.' },
    { name: '@/lib/api/query-keys', message: 'Routes compose features: the query cache is the feature\u2019s to read and refresh.' },
  ],
  patterns: [
    ...everywhere,
    noParentPaths,
    {
      // api/<operation>.ts is named after its operationId: Get*, List* and Search* read; anything else
      // (Approve*, Save*, LookUp*...) changes something, as does keys.ts, the feature's cache.
      regex: '^@/features/[^/]+/api/(?!(get|list|search)-)',
      caseSensitive: true,
      message:
        'Routes compose features: a route may read through a feature\u2019s get-/list-/search- query hook, but changes (mutations) and cache keys stay inside the feature: move the page that uses them into src/features/<area>/components/.',
    },
  ],
};

/** Re-exporting is what makes a barrel, whatever the file is called. */
const reExports = [
  { selector: 'ExportAllDeclaration', message: 'No barrel files: import from the module that defines the name; do not re-export it.' },
  {
    selector: 'ExportNamedDeclaration[source]',
    message: 'No barrel files: import from the module that defines the name; do not re-export it.',
  },
];

/** @param {...object} patterns */
const restrictImports = (...patterns) => ['error', { patterns }];

export default defineConfig(
  globalIgnores([
    'dist/',
    'test-results/',
    'playwright-report/',
    // Generated by openapi-typescript from ../openapi.yaml (npm run gen:api), never edited by hand.
    'src/lib/api/schema.d.ts',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // tsconfig.json references tsconfig.app.json (src/) and tsconfig.node.json (configs, e2e/).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // Plain JavaScript (this file, scripts/): no tsconfig covers it, so no type-aware rules.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Served as it is, before the app: sets the js-enabled class on <body> in the browser.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: {
      // Playwright's APIResponse.json() answers `any`, and e2e/ reads API answers with it untyped;
      // off until e2e/ gives those answers types (the other rules, floating promises above all, stay).
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },

  // Boundaries (README.md, "Linting"). ESLint takes a rule's options from the last block that
  // matches a file, so each block states the whole list for its folder.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports(...everywhere, noParentPaths),
      'no-restricted-syntax': ['error', ...reExports],
    },
  },
  {
    files: ['src/{components,hooks,lib,config,testing,types}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictImports(...everywhere, noParentPaths, noApp, noFeatures) },
  },
  ...features.flatMap((feature) => [
    ...Array.from({ length: deepestFeatureFolder + 1 }, (_, depth) => ({
      files: [`src/features/${feature}/${'*/'.repeat(depth)}*.{ts,tsx}`],
      rules: { 'no-restricted-imports': restrictImports(...everywhere, noApp, onlyOwnFeature(feature), climbsOutOfFeature(depth)) },
    })),
    {
      files: [`src/features/${feature}/${'*/'.repeat(deepestFeatureFolder + 1)}**/*.{ts,tsx}`],
      rules: { 'no-restricted-imports': restrictImports(...everywhere, noApp, onlyOwnFeature(feature), noParentPaths) },
    },
  ]),
  {
    files: ['src/app/routes/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', routesCompose] },
  },
  {
    // An index file is a barrel in waiting: there are none, and none are to come.
    files: ['src/**/index.{ts,tsx,js,jsx,mts,cts}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...reExports,
        { selector: 'Program', message: 'No barrel files: name the module after what it holds rather than index.*.' },
      ],
    },
  },
);
