/**
 * Demo data for a new embedded database: an approved organisation "Demo College" whose owner is
 * demo@example.ac.uk. Safe to run again (upserts). Refuses to touch PostgreSQL unless
 * SEED_ALLOW_POSTGRES=1, so production data is never overwritten by accident.
 */
import { resolveDatabaseTarget } from "../lib/db/config";
import { openDatabase } from "../lib/db/open";

export const DEMO_EMAIL = "demo@example.ac.uk";

const target = resolveDatabaseTarget(process.env.DATABASE_URL);
if (target.kind === "postgres" && process.env.SEED_ALLOW_POSTGRES !== "1") {
  console.error("Refusing to seed PostgreSQL demo data. Set SEED_ALLOW_POSTGRES=1 if you really mean it.");
  process.exit(1);
}

const db = await openDatabase(target);
try {
  const { prisma } = db;
  const organisation = await prisma.organisation.upsert({
    where: { slug: "demo-college" },
    update: {},
    create: {
      slug: "demo-college",
      name: "Demo College",
      type: "college",
      nation: "wales",
      website: "https://www.example.ac.uk",
      domains: ["example.ac.uk"],
      status: "approved",
      approvedAt: new Date(),
    },
  });
  const user = await prisma.user.upsert({
    where: { email: DEMO_EMAIL },
    update: {},
    create: { email: DEMO_EMAIL, name: "Demo Owner" },
  });
  await prisma.membership.upsert({
    where: { organisationId_userId: { organisationId: organisation.id, userId: user.id } },
    update: { role: "owner" },
    create: { organisationId: organisation.id, userId: user.id, role: "owner" },
  });
  console.log(`Demo data ready: "${organisation.name}" (approved), owner ${DEMO_EMAIL}.`);
} finally {
  await db.close();
}
