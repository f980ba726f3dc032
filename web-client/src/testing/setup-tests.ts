import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Absent in the Node environment (scripts/lint-rules.test.ts runs ESLint there, not in jsdom).
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});
