import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The jar serves the built files from the classpath folder /static.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: '../../../target/classes/static',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': process.env.COLLECTLITE_URL ?? 'http://localhost:7070' },
  },
});
