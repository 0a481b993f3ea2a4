import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "contentlayer/generated": path.join(root, ".contentlayer/generated"),
      // `server-only` throws outside React's server build; unit tests run server code directly.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".contentlayer/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // PGlite instances are heavy (hundreds of MB): keep files sequential on this 2-core machine.
    fileParallelism: false,
  },
});
