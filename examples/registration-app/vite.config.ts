import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';

// Workspace packages resolve to their TypeScript sources (`@kring/source`), so the
// example builds without building the packages first.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@kring/source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
