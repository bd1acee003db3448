import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Built into web/dist and served by the Mundo server; `vite` dev server proxies the API.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
