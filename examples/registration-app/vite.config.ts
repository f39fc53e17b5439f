import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';

// Workspace packages resolve to their TypeScript sources (`@kring/source`), so the
// example builds without building the packages first.
// The server sends a Content-Security-Policy without inline script or style (server/http.ts):
// no inline module-preload polyfill, and no assets inlined as data: URLs.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@kring/source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000, modulePreload: { polyfill: false }, assetsInlineLimit: 0 },
});
