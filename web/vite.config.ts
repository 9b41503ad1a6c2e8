// Builds the Helhet web app from web/ into web/dist; the API server serves that folder.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  // One bundle (React, router, Designsystemet and the app) is about 530 kB, 165 kB gzipped.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 800 },
  server: {
    // `npx vite --config web/vite.config.ts` while the API runs on port 3000 (npm run dev).
    proxy: { '/api': 'http://127.0.0.1:3000' },
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
});
