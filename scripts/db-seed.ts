/**
 * Demo data for a new embedded database: an approved organisation "Demo College" whose owner is
 * demo@example.ac.uk. Safe to run again (upserts). Refuses to touch PostgreSQL unless
 * SEED_ALLOW_POSTGRES=1, so production data is never overwritten by accident.
 */
import { resolveDatabaseTarget } from "../lib/db/config";
import { openDatabase } from "../lib/db/open";
import { DEMO_BRAND } from "../lib/fact-sheet/demo-brand";
import { normaliseLogo } from "../lib/logo/normalise";

// A made-up logo for the made-up college, drawn here so no image file is needed.
const DEMO_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200">
  <rect x="10" y="30" width="140" height="140" rx="20" fill="#0b3d4f"/>
  <path d="M40 135 L80 65 L120 135 Z" fill="#ffdd00"/>
  <text x="175" y="95" font-family="DejaVu Sans, Arial, sans-serif" font-size="52" font-weight="700" fill="#0b3d4f">Demo</text>
  <text x="175" y="150" font-family="DejaVu Sans, Arial, sans-serif" font-size="44" fill="#b3135a">College</text>
</svg>`;

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
      website: "https://www.example.org",
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
  const logo = await normaliseLogo(new TextEncoder().encode(DEMO_LOGO_SVG));
  const profile = { ...DEMO_BRAND, logoPng: logo.png, logoWidth: logo.width, logoHeight: logo.height };
  await prisma.brandProfile.upsert({
    where: { organisationId: organisation.id },
    update: {},
    create: { organisationId: organisation.id, ...profile },
  });
  if ((await prisma.auditEvent.count({ where: { organisationId: organisation.id } })) === 0) {
    await prisma.auditEvent.create({
      data: { organisationId: organisation.id, actorId: user.id, actorEmail: DEMO_EMAIL, action: "organisation.created", detail: { via: "demo data" } },
    });
  }
  console.log(`Demo data ready: "${organisation.name}" (approved, with logo and contact details), owner ${DEMO_EMAIL}.`);
} finally {
  await db.close();
}
