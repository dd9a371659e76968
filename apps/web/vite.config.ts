import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './build/precompress-plugin.js';
import { serviceWorkerPlugin } from './build/service-worker-plugin.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin(here('./sw/service-worker.js')), precompressPlugin()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev -w @safegrid/web` next to a running API (npm start) on 8080.
    proxy: { '/api': { target: 'http://localhost:8080', changeOrigin: false } },
  },
});
