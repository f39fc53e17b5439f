import { availableParallelism } from 'node:os';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Workspace packages resolve to their TypeScript sources through the
// `@kring/source` export condition, so tests need no prior build. The same
// condition applies in every environment: jsdom tests resolve as a client, tests
// in the node environment (SSR, the browser suite's own imports) as a server — with
// only `resolve.conditions` set, those fell back to `dist/` and silently tested
// whatever the last `pnpm build` left (or failed on a fresh clone).
const conditions = ['@kring/source', ...defaultClientConditions];
const serverConditions = ['@kring/source', ...defaultServerConditions];

export default defineConfig({
  plugins: [react()],
  resolve: { conditions },
  ssr: { resolve: { conditions: serverConditions, externalConditions: ['@kring/source'] } },
  test: {
    reporters: ['default', './scripts/count-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          // The packages without a DOM (core, fhir, fixtures) in Node, as hosts run them (a DOM the
          // code must not touch is not there to hide a mistake). Their files share a worker's
          // modules (`isolate: false`): pure code, nothing kept between calls but caches; shuffled
          // runs pass. About a third of the time they took each in a jsdom of their own.
          name: 'core',
          environment: 'node',
          testTimeout: 120_000,
          include: ['packages/{core,fhir,fixtures}/test/**/*.test.{ts,tsx}'],
          sequence: { groupOrder: 0 },
          maxWorkers: Math.max(2, availableParallelism() - 1),
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          // No test asserts time; property tests and whole-component tests take seconds on a
          // busy 2-core machine, and vitest's 5 s default made them fail under load (flaky).
          // The timeouts only catch hangs: a fresh-clone run at load ~16 (seven builds
          // alongside) took up to 116 s for one test and 119 s for a browser test.
          testTimeout: 120_000,
          include: ['packages/{react,elements}/test/**/*.test.{ts,tsx}', 'examples/*/test/**/*.test.{ts,tsx}'],
          // Projects run one after another (groupOrder): first the core files, then these, two or
          // more at a time (vitest's default on a 2-core machine is one worker: every file waited
          // for the one before); then the browser files one at a time (one Chromium), then the
          // attack suite alone (it measures response times, so nothing may run beside it).
          // Each file gets fresh modules: React views, Floating UI and the custom elements keep
          // module state tied to a file's document (sharing it failed tests in shuffled runs).
          sequence: { groupOrder: 1 },
          maxWorkers: Math.max(2, availableParallelism() - 1),
          setupFiles: ['./scripts/vitest-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          // The attack suite against the example app's real server (tests/security): one file
          // at a time, since one of them measures response times.
          name: 'security',
          environment: 'node',
          include: ['tests/security/**/*.test.ts'],
          globalSetup: ['tests/security/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
