/**
 * `useLayoutEffect` for components that may be rendered on a server.
 *
 * React 18's server renderer prints "useLayoutEffect does nothing on the server" for every
 * layout effect it meets (React 19 stopped); a host's server log must stay clean. Effects
 * never run on the server, so there it is `useEffect` (which React skips silently); in a
 * browser it is React's own `useLayoutEffect`. Named `useLayoutEffect` so that the hooks lint
 * (`react-hooks/exhaustive-deps`) checks its dependencies as it does React's. The only place
 * in `@kring/react` that takes `useLayoutEffect` from React: eslint forbids it elsewhere
 * (`eslint.config.js`).
 * @internal
 */
// eslint-disable-next-line no-restricted-imports -- the one place allowed to take it from React
import { useEffect, useLayoutEffect as reactLayoutEffect } from 'react';

export const useLayoutEffect: typeof reactLayoutEffect = typeof window !== 'undefined' && typeof document !== 'undefined' ? reactLayoutEffect : useEffect;
