import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API and sockets come from the standalone server (npm run dev at the root), or, for
// the process split, the API from the api process and sockets from the gateway process.
const backend = process.env.COBUILD_BACKEND ?? "http://localhost:3000";
const gateway = process.env.COBUILD_GATEWAY ?? backend;

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": backend,
      "/socket.io": { target: gateway, ws: true },
    },
  },
  // No source maps in the build: the server would hand the whole source to anyone who asks.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false },
});
