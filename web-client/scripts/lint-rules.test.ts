// @vitest-environment node
// The boundary rules of eslint.config.js fire on a violation (and stay quiet on what is allowed).
// Each case lints a few lines of code as if they were a file at a path in src/, through the real
// config; only the type-aware rules are set aside, which the boundaries do not use and which
// need the file on disk.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  overrideConfig: tseslint.configs.disableTypeChecked,
});

type Finding = { ruleId: string | null; message: string };

/** What the linter says about `code` were it the file at `filePath` (from web-client/). */
async function lint(filePath: string, code: string): Promise<Finding[]> {
  const results = await eslint.lintText(code, { filePath });
  return results.flatMap((result) => result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}

function boundaryFindings(findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.ruleId === 'no-restricted-imports' || finding.ruleId === 'no-restricted-syntax');
}

describe('boundary rules', () => {
  it('stop a feature importing another feature by alias', async () => {
    const findings = await lint(
      'src/features/breaks/components/probe.tsx',
      "import { emptyGrantAnswers } from '@/features/grants/grant-answers';\nexport const probe = emptyGrantAnswers;\n",
    );
    expect(boundaryFindings(findings)).toEqual([
      { ruleId: 'no-restricted-imports', message: expect.stringContaining('No imports across features') as string },
    ]);
  });

  it('stop a feature importing another feature by a relative path, at any depth', async () => {
    const fromComponents = await lint(
      'src/features/breaks/components/probe.tsx',
      "import { emptyGrantAnswers } from '../../grants/grant-answers';\nexport const probe = emptyGrantAnswers;\n",
    );
    const fromRoot = await lint(
      'src/features/breaks/probe.ts',
      "import { emptyGrantAnswers } from '../grants/grant-answers';\nexport const probe = emptyGrantAnswers;\n",
    );
    const doublingBack = await lint(
      'src/features/breaks/components/probe.tsx',
      "import { emptyGrantAnswers } from '@/features/breaks/../grants/grant-answers';\nexport const probe = emptyGrantAnswers;\n",
    );
    for (const findings of [fromComponents, fromRoot, doublingBack]) {
      expect(boundaryFindings(findings).map((finding) => finding.ruleId)).toContain('no-restricted-imports');
    }
    expect(boundaryFindings(fromComponents)[0]?.message).toContain('may not climb out of its feature');
  });

  it('let a feature import its own files relatively and shared code by alias', async () => {
    const findings = await lint(
      'src/features/breaks/components/probe.tsx',
      [
        "import { breakPaths } from '../paths';",
        "import { emptyBreakAnswers } from '../break-answers';",
        "import { formatPence } from '@/lib/money';",
        "import { useMyBreaks } from '@/features/breaks/api/list-my-breaks';",
        'export const probe = [breakPaths, emptyBreakAnswers, formatPence, useMyBreaks];',
        '',
      ].join('\n'),
    );
    expect(boundaryFindings(findings)).toEqual([]);
  });

  it('stop features and shared code importing app/, and shared code importing a feature', async () => {
    const featureToApp = await lint('src/features/breaks/probe.ts', "import { router } from '@/app/router';\nexport const probe = router;\n");
    const sharedToFeature = await lint(
      'src/lib/probe.ts',
      "import { emptyGrantAnswers } from '@/features/grants/grant-answers';\nexport const probe = emptyGrantAnswers;\n",
    );
    const sharedToApp = await lint('src/components/probe.tsx', "import { router } from '@/app/router';\nexport const probe = router;\n");
    expect(boundaryFindings(featureToApp)).toEqual([
      { ruleId: 'no-restricted-imports', message: expect.stringContaining('Only app/ composes') as string },
    ]);
    expect(boundaryFindings(sharedToFeature)).toEqual([
      { ruleId: 'no-restricted-imports', message: expect.stringContaining('Shared code') as string },
    ]);
    expect(boundaryFindings(sharedToApp).map((finding) => finding.ruleId)).toEqual(['no-restricted-imports']);
  });

  it('stop barrel files: an index file, a re-export, and importing an index', async () => {
    const indexFile = await lint('src/features/breaks/index.ts', "export * from './availability';\nexport { breakPaths } from './paths';\n");
    const reExport = await lint('src/lib/probe.ts', "export { formatPence } from '@/lib/money';\n");
    const importsIndex = await lint('src/app/probe.ts', "import { breakPaths } from '@/features/breaks/index';\nexport const probe = breakPaths;\n");
    expect(boundaryFindings(indexFile).map((finding) => finding.ruleId)).toEqual([
      'no-restricted-syntax', // the file itself
      'no-restricted-syntax', // export *
      'no-restricted-syntax', // export { } from
    ]);
    expect(boundaryFindings(reExport)).toEqual([
      { ruleId: 'no-restricted-syntax', message: expect.stringContaining('No barrel files') as string },
    ]);
    expect(boundaryFindings(importsIndex)).toEqual([
      { ruleId: 'no-restricted-imports', message: expect.stringContaining('No barrel files') as string },
    ]);
  });

  it('stop a route calling the API client, using the query cache or a mutation', async () => {
    const route = 'src/app/routes/staff/probe.tsx';
    const apiClient = await lint(route, "import { apiClient } from '@/lib/api/client';\nexport const probe = apiClient;\n");
    const reactQuery = await lint(route, "import { useQuery } from '@tanstack/react-query';\nexport const probe = useQuery;\n");
    const mutation = await lint(route, "import { useApproveGrant } from '@/features/grant-work/api/approve-grant';\nexport const probe = useApproveGrant;\n");
    const cacheKeys = await lint(route, "import { assessmentKeys } from '@/features/assessments/api/keys';\nexport const probe = assessmentKeys;\n");
    for (const findings of [apiClient, reactQuery, mutation, cacheKeys]) {
      expect(boundaryFindings(findings)).toEqual([
        { ruleId: 'no-restricted-imports', message: expect.stringContaining('Routes compose features') as string },
      ]);
    }
  });

  it('let a route read through a feature’s query hook and show its pages', async () => {
    const findings = await lint(
      'src/app/routes/staff/probe.tsx',
      [
        "import { useGrantApplications } from '@/features/grant-work/api/list-grant-applications';",
        "import { GrantBudgetPage } from '@/features/grant-work/components/grant-budget-page';",
        "import { useCarer } from '@/features/carer-search/api/get-carer';",
        "import { useSearchCarers } from '@/features/carer-search/api/search-carers';",
        'export const probe = [useGrantApplications, GrantBudgetPage, useCarer, useSearchCarers];',
        '',
      ].join('\n'),
    );
    expect(boundaryFindings(findings)).toEqual([]);
  });
});
