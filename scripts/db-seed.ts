/**
 * Demo data for a new embedded database: an approved organisation "Demo College" whose owner is
 * demo@example.ac.uk, with its logo and contact details. It is made through the same data-layer
 * functions the provider area uses (so it holds whatever rules and history they write), and only
 * when the demo owner has no organisation yet, so running it again changes nothing. Refuses to
 * touch PostgreSQL unless SEED_ALLOW_POSTGRES=1, so production data is never overwritten by accident.
 *
 * Run with the react-server condition (the data layer is server-only): `npm run db:seed`.
 */
import type { Actor } from "../lib/auth/session";
import { closeDb, getDb } from "../lib/db";
import { resolveDatabaseTarget } from "../lib/db/config";
import { DEMO_BRAND } from "../lib/fact-sheet/demo-brand";
import { normaliseLogo } from "../lib/logo/normalise";
import { demoMicroCredentials } from "../lib/directory/demo";
import { publishMicroCredential, saveMicroCredential } from "../lib/directory";
import { createOrganisation, getMyOrganisation, setLogo, updateBrandProfile } from "../lib/organisations";
import { brandProfileSchema } from "../lib/organisations/validation";

// A made-up logo for the made-up college, drawn here so no image file is needed.
const DEMO_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200">
  <rect x="10" y="30" width="140" height="140" rx="20" fill="#0b3d4f"/>
  <path d="M40 135 L80 65 L120 135 Z" fill="#ffdd00"/>
  <text x="175" y="95" font-family="DejaVu Sans, Arial, sans-serif" font-size="52" font-weight="700" fill="#0b3d4f">Demo</text>
  <text x="175" y="150" font-family="DejaVu Sans, Arial, sans-serif" font-size="44" fill="#b3135a">College</text>
</svg>`;

const DEMO_EMAIL = "demo@example.ac.uk";

if (resolveDatabaseTarget(process.env.DATABASE_URL).kind === "postgres" && process.env.SEED_ALLOW_POSTGRES !== "1") {
  console.error("Refusing to seed PostgreSQL demo data. Set SEED_ALLOW_POSTGRES=1 if you really mean it.");
  process.exit(1);
}
// The demo owner's own domain is approved at once, whatever this machine's list says.
process.env.AUTO_APPROVE_DOMAINS = "example.ac.uk";

try {
  // People are created by signing in; the demo owner is created here as sign-in would.
  const user = await (await getDb()).user.upsert({ where: { email: DEMO_EMAIL }, update: {}, create: { email: DEMO_EMAIL, name: "Demo Owner" } });
  const owner: Actor = { userId: user.id, email: DEMO_EMAIL, isStaff: false };
  const existing = await getMyOrganisation(owner);
  if (existing) {
    console.log(`Demo data already there: "${existing.organisation.name}", owner ${DEMO_EMAIL}.`);
  } else {
    const organisation = await createOrganisation(owner, {
      name: "Demo College",
      type: "college",
      nation: "wales",
      website: "https://www.example.org",
      domains: ["example.ac.uk"],
    });
    // Through the form's own rules, as if the owner had typed it.
    const { logoAlt, addressLines, ...contact } = DEMO_BRAND;
    const profile = brandProfileSchema.parse({ ...contact, address: addressLines.join("\n"), organisationNameCy: "", jobTitleCy: "", addressCy: "" });
    await updateBrandProfile(owner, organisation.id, profile);
    const logo = await normaliseLogo(new TextEncoder().encode(DEMO_LOGO_SVG));
    await setLogo(owner, organisation.id, { png: logo.png, width: logo.width, height: logo.height }, logoAlt);
    // Its micro-credentials for the directory, published through the same rules as the form's.
    for (const fields of demoMicroCredentials()) {
      const made = await saveMicroCredential(owner, organisation.id, fields);
      await publishMicroCredential(owner, organisation.id, made.id);
    }
    console.log(`Demo data ready: "${organisation.name}" (${organisation.status}, with logo, contact details and three micro-credentials), owner ${DEMO_EMAIL}.`);
  }
} finally {
  await closeDb();
}
