import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Browser globals that headless code (core, the pure view logic) must not touch. */
const DOM_GLOBALS = [
  'window', 'self', 'document', 'navigator', 'location', 'history', 'screen', 'frames', 'parent', 'top',
  'localStorage', 'sessionStorage', 'indexedDB', 'caches', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource',
  'getComputedStyle', 'matchMedia', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
  'alert', 'confirm', 'prompt', 'customElements', 'DOMParser', 'XMLSerializer', 'Image',
  'ResizeObserver', 'MutationObserver', 'IntersectionObserver',
  'Node', 'Element', 'HTMLElement', 'SVGElement', 'SVGSVGElement', 'HTMLCanvasElement', 'Document', 'Window',
  'Event', 'CustomEvent', 'EventTarget', 'KeyboardEvent', 'MouseEvent', 'PointerEvent', 'WheelEvent', 'FocusEvent',
];

/**
 * The framework-free view layer of @kring/react (docs/ARCHITECTURE.md): `src/view/` — label
 * placement, tie style and curves, map geometry and filters, descriptions for screen readers, the
 * levenslijn's time scale and layout, the change sentences, the legend's usage and the list order.
 * Functions of data: no React, no DOM, so they are tested without a browser and could move to a
 * package of their own. They may read @kring/core, each other, i18n and utils/bidi, and the message
 * *types* of a part (`<part>/messages`), never a React part.
 */
const PURE_VIEW_FILES = ['packages/react/src/view/**/*.ts'];
const PARTS = ['ecogram', 'lifeline', 'summary', 'interview', 'network-list', 'legend', 'time-slider', 'symbols', 'editor', 'paper', 'document', 'linked', 'export', 'zoom', 'drag', 'redaction', 'toolbar'];


export default tseslint.config(
  { ignores: ['**/dist/**', 'storybook-static/**', 'artifacts/**', '**/node_modules/**', 'examples/**/public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // React 18's server renderer warns for every useLayoutEffect: components take the one from
    // packages/react/src/utils/layoutEffect.ts (useEffect on a server).
    files: ['packages/react/src/**/*.{ts,tsx}', 'packages/elements/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'react', importNames: ['useLayoutEffect'], message: "Use useLayoutEffect from @kring/react's src/utils/layoutEffect (no warning in React 18 server rendering)." }] }],
    },
  },
  {
    // @kring/core is headless: no React, no DOM (its tsconfig has no DOM lib either). A view or a
    // host brings those; core code that needs a browser API belongs in @kring/react.
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@kring/react', '@kring/react/*', '@kring/elements', '@kring/elements/*'],
          message: '@kring/core is headless: no React (and no Kring view package) in core.',
        }],
      }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: `@kring/core is headless: no DOM (${name}). Pass what core needs in as data, or do it in @kring/react.` }))],
      // DOM types too (no-restricted-globals sees values only; the tsconfig has no DOM lib, this
      // also catches a `/// <reference lib="dom" />` or DOM brought back into the tsconfig).
      '@typescript-eslint/no-restricted-types': ['error', {
        types: Object.fromEntries([
          'Window', 'Document', 'Node', 'Element', 'HTMLElement', 'SVGElement', 'SVGSVGElement', 'HTMLCanvasElement',
          'Event', 'CustomEvent', 'EventTarget', 'KeyboardEvent', 'MouseEvent', 'PointerEvent', 'WheelEvent', 'FocusEvent',
          'Navigator', 'Storage', 'CSSStyleDeclaration', 'DOMRect', 'XMLHttpRequest', 'Response', 'RequestInit',
        ].map((name) => [name, { message: `@kring/core is headless: no DOM types (${name}).` }])),
      }],
      '@typescript-eslint/triple-slash-reference': ['error', { lib: 'never', path: 'never', types: 'never' }],
    },
  },
  {
    // Layer order in @kring/react (docs/ARCHITECTURE.md): the shared layers never import a view,
    // so a view can be changed, split or loaded lazily without the shared code noticing. (The
    // rule repeats the useLayoutEffect restriction: a later config replaces the rule as a whole.)
    files: [
      'packages/react/src/{document,linked,i18n,paper,editor,utils,zoom,drag,export,symbols,redaction,view,toolbar}/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'react', importNames: ['useLayoutEffect'], message: "Use useLayoutEffect from @kring/react's src/utils/layoutEffect (no warning in React 18 server rendering)." }],
        patterns: [{
          group: ['**/ecogram', '**/ecogram/*', '**/lifeline', '**/lifeline/*', '**/summary', '**/summary/*', '**/interview', '**/interview/*',
            '**/network-list', '**/network-list/*', '**/legend', '**/legend/*', '**/time-slider', '**/time-slider/*'],
          message: 'A shared layer (view, toolbar, document, linked, i18n, paper, editor, utils, zoom, drag, export, symbols, redaction) must not import a view: move what both need into the shared layer.',
        }],
      }],
    },
  },
  {
    files: PURE_VIEW_FILES,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@floating-ui/*', 'd3-*'], message: 'The view layer (src/view): no React (or DOM library) here; see PURE_VIEW_FILES in eslint.config.js.' },
          {
            regex: `(^|/)(${PARTS.join('|')})(/(?!messages$)[^/]+)?$`,
            message: 'The view layer (src/view) reads only core, i18n, utils/bidi and message types: a React part depends on the view layer, never the other way round.',
          },
        ],
      }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: `Pure view logic: no DOM (${name}); pass what it needs in as data.` }))],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
