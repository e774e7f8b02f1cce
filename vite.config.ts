// The web app (web/) is built into dist/web, which `npm start` serves beside the API.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Cytoscape alone is ~450 kB minified; the app is one chunk of ~650 kB (~205 kB gzipped).
    chunkSizeWarningLimit: 1000,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
