import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API and sockets come from the standalone server (npm run dev at the root).
const backend = process.env.COBUILD_BACKEND ?? "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": backend,
      "/socket.io": { target: backend, ws: true },
    },
  },
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
});
