import { defineConfig } from "prisma/config";

// The CLI is only used for `prisma generate` here: migrations are applied by scripts/db-migrate.ts,
// which works offline and on both PGlite and PostgreSQL.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
