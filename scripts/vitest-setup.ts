import '@testing-library/jest-dom/vitest';
import { beforeAll } from 'vitest';

// Parts that load on first use (packages/react/src/utils/lazyPart.tsx) are loaded before the
// tests of a file run (its imports have defined them by then): the tests render as if nothing
// were lazy. The loading itself is tested in lazy-part.test.tsx and in the browser (chunks).
// English too (it loads on first use, outside the parts: src/locales); test/locales.test.tsx
// takes fresh modules to test the wait itself.
beforeAll(async () => {
  const { preloadParts } = await import('../packages/react/src/utils/lazyPart');
  const { loadLocale } = await import('../packages/react/src/locales');
  await Promise.all([preloadParts(), loadLocale('en')]);
});
