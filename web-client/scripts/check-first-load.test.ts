// @vitest-environment node
// The arithmetic of scripts/check-first-load.mjs on a tiny fake manifest: what counts as the first
// load, how it adds up, and that it fails over the budget or with staff code in it.
import { describe, expect, it } from 'vitest';
import { budgetBytes, firstLoadFiles, problems, staffMatcher, staffModulesIn, totalBytes, type Manifest } from './check-first-load.mjs';

const manifest: Manifest = {
  'index.html': { file: 'assets/index-a.js', src: 'index.html', isEntry: true, imports: ['_react-b.js', '_i18n-c.js'], dynamicImports: ['src/app/routes/staff/reports.tsx'], css: ['assets/index-a.css'] },
  '_react-b.js': { file: 'assets/react-b.js', imports: ['_shared-d.js'] },
  '_i18n-c.js': { file: 'assets/i18n-c.js', imports: ['_shared-d.js'] },
  '_shared-d.js': { file: 'assets/shared-d.js' },
  'src/app/routes/staff/reports.tsx': { file: 'assets/reports-e.js', src: 'src/app/routes/staff/reports.tsx', isDynamicEntry: true, imports: ['_chart-f.js'] },
  '_chart-f.js': { file: 'assets/chart-f.js' },
};

const sizes: Record<string, number> = {
  'assets/index-a.js': 40_000,
  'assets/react-b.js': 60_000,
  'assets/i18n-c.js': 10_000,
  'assets/shared-d.js': 5_000,
  'assets/reports-e.js': 30_000,
  'assets/chart-f.js': 70_000,
};
const sizeOf = (file: string) => sizes[file] ?? Number.NaN;

describe('check-first-load', () => {
  it('takes the entry and what it imports statically, once each, and no lazy route', () => {
    expect(firstLoadFiles(manifest)).toEqual(['assets/index-a.js', 'assets/react-b.js', 'assets/shared-d.js', 'assets/i18n-c.js']);
  });

  it('adds up the gzipped sizes of those files alone', () => {
    expect(totalBytes(firstLoadFiles(manifest), sizeOf)).toBe(115_000);
    expect(problems(115_000, [])).toEqual([]);
  });

  it('fails above the budget, and not at it', () => {
    expect(budgetBytes).toBe(153_600);
    expect(problems(budgetBytes, [])).toEqual([]);
    const over = problems(budgetBytes + 1, []);
    expect(over).toHaveLength(1);
    expect(over[0]).toMatch(/over the budget of 150\.0 KB/);
    // The lazy report page and its chart library, were they loaded statically, would break it.
    const eager: Manifest = { ...manifest, 'index.html': { ...manifest['index.html']!, imports: ['_react-b.js', '_i18n-c.js', 'src/app/routes/staff/reports.tsx'] } };
    expect(problems(totalBytes(firstLoadFiles(eager), sizeOf), [])).toHaveLength(1);
  });

  it('finds staff routes and features only staff routes use, not features carers share', () => {
    const isStaff = staffMatcher([
      { path: 'src/app/routes/staff/reports.tsx', text: "import { ReportsPage } from '@/features/reports/components/reports-page';\nimport { useCarer } from '@/features/carer-details/api/get-carer';" },
      { path: 'src/app/routes/carer/your-details.tsx', text: "import { YourDetails } from '@/features/carer-details/components/your-details';" },
    ]);
    expect(isStaff('src/app/routes/staff/anything.tsx')).toBe(true);
    expect(isStaff('src/features/reports/components/chart.tsx')).toBe(true);
    expect(isStaff('src/features/carer-details/components/your-details.tsx')).toBe(false);
    expect(isStaff('src/app/routes/carer/your-details.tsx')).toBe(false);

    const staff = staffModulesIn(firstLoadFiles(manifest), { 'assets/index-a.js': ['src/main.tsx', 'src/features/reports/components/chart.tsx'] }, isStaff);
    expect(staff).toEqual(['src/features/reports/components/chart.tsx (in assets/index-a.js)']);
    expect(problems(1000, staff)[0]).toMatch(/staff code is in every visitor’s first download/);
  });
});
