import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { i18n, loadAllNamespaces } from '@/i18n/i18n';

// The suite runs beside the API tests and the browser tests on two cores: a findBy or waitFor that
// gives up after the default second fails a correct test on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// The app loads each page's words with its lazy chunk; tests render pages directly, so load them first.
beforeAll(loadAllNamespaces);

afterEach(async () => {
  cleanup();
  // One jsdom per thread: a test that switched language leaves the next one in English.
  if (typeof localStorage !== 'undefined') localStorage.clear();
  if (i18n.language !== 'en') {
    await i18n.changeLanguage('en');
    await loadAllNamespaces();
  }
  // Absent in the Node environment (scripts/lint-rules.test.ts runs ESLint there, not in jsdom).
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});
