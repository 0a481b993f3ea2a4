import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * Every route handler and every server action, read from the file tree (so a new one cannot be
 * forgotten), is called as a signed-out visitor, as a member of another organisation and, where
 * staff is required, as a provider who is not staff. Each must refuse and change nothing.
 */

// --- The request context a handler or action sees, controlled by the test ------------------------
const context = vi.hoisted(() => ({ session: null as null | { user: { id: string; email: string } }, headers: new Headers() }));
vi.mock("@/lib/auth", () => ({
  auth: async () => context.session,
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
  handlers: { GET: async () => new Response("next-auth", { status: 200 }), POST: async () => new Response("next-auth", { status: 200 }) },
}));
vi.mock("next/headers", () => ({
  headers: async () => context.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/fact-sheet/pdf", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/fact-sheet/pdf")>();
  return {
    ...original,
    renderFactSheetPdf: async (...args: Parameters<typeof original.renderFactSheetPdf>) => {
      renders.count++;
      return original.renderFactSheetPdf(...args);
    },
  };
});

type Access =
  | { kind: "public"; why: string }
  | { kind: "signed-in" }
  | { kind: "member" }
  | { kind: "staff" };

/** Every route handler file, and who may use it. A file missing here fails the first test. */
const ROUTES: Record<string, Access> = {
  "app/api/auth/[...nextauth]/route.ts": { kind: "public", why: "next-auth's GET endpoints (the link in the e-mail); every POST refused" },
  "app/api/health/route.ts": { kind: "public", why: "health check: says only whether the database answers" },
  "app/api/organisations/[slug]/logo/route.ts": { kind: "public", why: "logo of an approved organisation's public page" },
  "app/data/[dataset]/[file]/route.ts": { kind: "public", why: "the open survey data" },
  "app/[locale]/feed.xml/route.ts": { kind: "public", why: "the Atom feed of public content" },
  "app/[locale]/og/[[...path]]/route.tsx": { kind: "public", why: "social images of public pages" },
  "app/api/security-txt/route.ts": { kind: "public", why: "security.txt: where to report a problem" },
  "app/[locale]/micro-credentials.csv/route.ts": { kind: "public", why: "the directory's open data (published and withdrawn records only)" },
  "app/[locale]/micro-credentials.json/route.ts": { kind: "public", why: "the directory's open data (published and withdrawn records only)" },
  "app/[locale]/(site)/micro-credentials/feed.xml/route.ts": { kind: "public", why: "the Atom feed of the directory's public records" },
  "app/directory-sitemap.xml/route.ts": { kind: "public", why: "the sitemap of the directory's published pages" },
  "app/[locale]/(provider)/provider/micro-credentials/template.csv/route.ts": { kind: "public", why: "the blank import template with fictional examples" },
  "app/[locale]/(provider)/provider/micro-credentials/export.csv/route.ts": { kind: "member" },
  "app/api/provider/micro-credentials/import/route.ts": { kind: "member" },
  "app/api/fact-sheet/route.ts": { kind: "member" },
  "app/api/provider/logo/route.ts": { kind: "member" },
  "app/api/staff/uptake/route.ts": { kind: "staff" },
  "app/api/staff/feedback/route.ts": { kind: "staff" },
};

/** Every exported server action, and who may use it. One missing here fails the first test. */
const ACTIONS: Record<string, Access> = {
  "app/[locale]/(auth)/sign-in/actions.ts#requestSignIn": { kind: "public", why: "asks for a sign-in link (limited per mailbox and network)" },
  "app/[locale]/(provider)/provider/actions.ts#signOutAction": { kind: "public", why: "ends the caller's own session, if any" },
  "app/[locale]/(provider)/provider/actions.ts#createOrganisationAction": { kind: "signed-in" },
  "app/[locale]/(provider)/provider/actions.ts#acceptInvitationAction": { kind: "signed-in" },
  "app/[locale]/(provider)/provider/actions.ts#declineInvitationAction": { kind: "signed-in" },
  "app/[locale]/(provider)/provider/actions.ts#requestToJoinAction": { kind: "signed-in" },
  "app/[locale]/(provider)/provider/actions.ts#saveProfileAction": { kind: "member" },
  "app/[locale]/(provider)/provider/actions.ts#removeLogoAction": { kind: "member" },
  "app/[locale]/(provider)/provider/actions.ts#inviteAction": { kind: "member" },
  "app/[locale]/(provider)/provider/actions.ts#removeMemberAction": { kind: "member" },
  "app/[locale]/(provider)/provider/actions.ts#transferOwnershipAction": { kind: "member" },
  "app/[locale]/(provider)/provider/actions.ts#withdrawInvitationAction": { kind: "member" },
  "app/[locale]/(provider)/provider/actions.ts#decideJoinRequestAction": { kind: "member" },
  "app/[locale]/(site)/feedback/actions.ts#sendFeedbackAction": { kind: "public", why: "feedback on the fact sheet from anyone (limited per network, honeypot)" },
  "app/[locale]/(staff)/staff/actions.ts#decideAction": { kind: "staff" },
  "app/[locale]/(provider)/provider/micro-credentials/actions.ts#saveMicroCredentialAction": { kind: "member" },
  "app/[locale]/(provider)/provider/micro-credentials/actions.ts#publishAction": { kind: "member" },
  "app/[locale]/(provider)/provider/micro-credentials/actions.ts#withdrawAction": { kind: "member" },
  "app/[locale]/(provider)/provider/micro-credentials/actions.ts#duplicateAction": { kind: "member" },
  "app/[locale]/(staff)/staff/micro-credentials/actions.ts#reviewSettingAction": { kind: "staff" },
  "app/[locale]/(staff)/staff/micro-credentials/actions.ts#reviewDecisionAction": { kind: "staff" },
};

const root = path.resolve(import.meta.dirname, "..");
function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(ts|tsx|js|jsx|mjs)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) && !d.parentPath.includes("/generated"))
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)));
}
const routeFiles = () => filesUnder("app").filter((f) => /(^|\/)route\.(ts|tsx|js|jsx|mjs)$/.test(f));
const USE_SERVER = /["']use server["']/;
const sourceFiles = () => ["app", "components", "lib"].flatMap(filesUnder);
const actionFiles = () => sourceFiles().filter((f) => /^\s*["']use server["']/.test(readFileSync(path.join(root, f), "utf8")));
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

describe("every route handler and server action refuses whoever may not use it", () => {
  let dir: string;
  let db: Awaited<ReturnType<typeof import("@/lib/db").getDb>>;
  let lib: typeof import("@/lib/organisations");
  const ids: Record<string, string> = {};
  type Person = { userId: string; email: string; isStaff: boolean };
  const people: Record<string, Person> = {};

  const signInAs = (who: keyof typeof people | null) => {
    context.session = who ? { user: { id: people[who]!.userId, email: people[who]!.email } } : null;
  };
  /** What an attacker could change: counted before and after each refused call. */
  const snapshot = async () => {
    const [orgs, members, profile, invitations, requests, events, domains, microCredentials, settings] = await Promise.all([
      db.organisation.findMany({ select: { id: true, status: true, name: true }, orderBy: { id: "asc" } }),
      db.membership.findMany({ select: { organisationId: true, userId: true, role: true }, orderBy: [{ organisationId: "asc" }, { userId: "asc" }] }),
      db.brandProfile.findUnique({ where: { organisationId: ids.victimOrg! }, select: { version: true, contactName: true, logoWidth: true } }),
      db.invitation.findMany({ where: { organisationId: ids.victimOrg! }, select: { id: true, acceptedAt: true }, orderBy: { id: "asc" } }),
      db.joinRequest.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
      db.auditEvent.count(),
      db.organisationDomain.count(),
      db.microCredential.findMany({ select: { id: true, organisationId: true, status: true, version: true, title: true }, orderBy: { id: "asc" } }),
      db.setting.findMany({ orderBy: { key: "asc" } }),
    ]);
    return JSON.stringify({ orgs, members, profile, invitations, requests, events, domains, microCredentials, settings });
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "micsig-authz-"));
    process.env.DATABASE_URL = `file:${dir}`;
    process.env.STAFF_EMAILS = "staff@mic-sig.test";
    process.env.AUTO_APPROVE_DOMAINS = "ac.uk";
    (globalThis as { micsigDb?: unknown }).micsigDb = undefined;
    db = await (await import("@/lib/db")).getDb();
    lib = await import("@/lib/organisations");

    const person = async (key: string, email: string, isStaff = false) => {
      const user = await db.user.create({ data: { email } });
      people[key] = { userId: user.id, email, isStaff };
      return people[key]!;
    };
    const owner = await person("victimOwner", "owner@victim.ac.uk");
    const colleague = await person("victimMember", "colleague@victim.ac.uk");
    const attacker = await person("attacker", "owner@attacker.ac.uk");
    await person("applicant", "applicant@victim.ac.uk");
    await person("staff", "staff@mic-sig.test", true);
    const victim = await lib.createOrganisation(owner, { name: "Victim College", type: "college", nation: "wales", website: "", domains: ["victim.ac.uk"] });
    const theirs = await lib.createOrganisation(attacker, { name: "Attacker College", type: "college", nation: "wales", website: "", domains: ["attacker.ac.uk"] });
    ids.victimOrg = victim.id;
    ids.attackerOrg = theirs.id;
    await lib.updateBrandProfile(owner, victim.id, {
      contactName: "Siân",
      jobTitle: "",
      organisationNameCy: "",
      jobTitleCy: "",
      addressCy: [],
      email: "owner@victim.ac.uk",
      phone: "",
      website: "",
      address: [],
      findOutMoreUrl: "",
      publicContact: false,
    });
    const { solidPng } = await import("@/test/images");
    await lib.setLogo(owner, victim.id, { png: new Uint8Array(await solidPng(120, 40)), width: 120, height: 40 }, "Victim College logo");
    await lib.inviteMember(owner, victim.id, colleague.email);
    await lib.acceptInvitation(colleague, (await lib.getMyInvitations(colleague))[0]!.id);
    await lib.inviteMember(owner, victim.id, "invitee@victim.ac.uk");
    ids.invitation = (await db.invitation.findFirstOrThrow({ where: { email: "invitee@victim.ac.uk" } })).id;
    await lib.requestToJoin(people.applicant!, victim.id);
    ids.joinRequest = (await db.joinRequest.findFirstOrThrow({ where: { organisationId: victim.id } })).id;
    // A published micro-credential of the victim's, and one waiting for review, for forged ids.
    const directory = await import("@/lib/directory");
    const { demoMicroCredentials } = await import("@/lib/directory/demo");
    const published = await directory.saveMicroCredential(owner, victim.id, demoMicroCredentials()[0]!);
    await directory.publishMicroCredential(owner, victim.id, published.id);
    ids.microCredential = published.id;
    // A pending organisation for the staff action.
    const pendingOwner = await person("pendingOwner", "someone@trainer.example");
    ids.pendingOrg = (await lib.createOrganisation(pendingOwner, { name: "Trainer Ltd", type: "other", nation: "wales", website: "", domains: ["trainer.example"] })).id;
  });

  afterAll(async () => {
    const open = (globalThis as { micsigDb?: Promise<{ close(): Promise<void> }> }).micsigDb;
    if (open) await (await open).close();
    (globalThis as { micsigDb?: unknown }).micsigDb = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds no server action declared inside a function, where this test could not list it", () => {
    const inline = sourceFiles().filter((f) => {
      const text = readFileSync(path.join(root, f), "utf8");
      return USE_SERVER.test(text) && !/^\s*["']use server["']/.test(text);
    });
    expect(inline, "move inline server actions to an actions.ts file that starts with \"use server\"").toEqual([]);
  });

  it("classifies every route handler and every server action in the app", async () => {
    expect(routeFiles().sort()).toEqual(Object.keys(ROUTES).sort());
    const found: string[] = [];
    for (const file of actionFiles()) {
      const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (typeof value === "function") found.push(`${file}#${name}`);
    }
    expect(found.sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  // --- Route handlers ---------------------------------------------------------------------------

  /** Calls every exported method of a route with forged ids for the victim's organisation. */
  async function callRoute(file: string) {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    const results: { method: string; status: number; seen: string }[] = [];
    for (const method of HTTP_METHODS) {
      const handler = mod[method];
      if (typeof handler !== "function") continue;
      const url = `http://localhost/${file}?org=${ids.victimOrg}&organisationId=${ids.victimOrg}&locale=en`;
      const form = new FormData();
      form.set("organisationId", ids.victimOrg!);
      form.set("logo", new File([new Uint8Array(16)], "x.png", { type: "image/png" }));
      const request = new Request(url, {
        method,
        headers: { origin: "http://localhost", host: "localhost" },
        body: method === "GET" || method === "HEAD" ? undefined : form,
      });
      const response = (await handler(request, { params: Promise.resolve({ slug: "victim-college", dataset: "x", file: "y", nextauth: ["signin"] }) })) as Response;
      // Everything the caller receives, headers (a file name) and body, to look for the victim in.
      const seen = `${JSON.stringify([...response.headers])} ${Buffer.from(await response.arrayBuffer()).toString("latin1")}`;
      results.push({ method, status: response.status, seen });
    }
    return results;
  }

  for (const [file, access] of Object.entries(ROUTES).filter(([, a]) => a.kind !== "public")) {
    it(`${file} (${access.kind}): refuses a signed-out visitor`, async () => {
      signInAs(null);
      const before = await snapshot();
      for (const r of await callRoute(file)) expect([401, 403, 404], `${r.method} ${r.status}`).toContain(r.status);
      expect(await snapshot()).toBe(before);
    });

    it(`${file} (${access.kind}): gives a member of another organisation nothing of the victim's, whatever id they send`, async () => {
      signInAs("attacker");
      const before = await snapshot();
      for (const r of await callRoute(file)) {
        // Either refused, or answered with the caller's own organisation (the fact sheet route
        // takes no id at all): never anything that names the victim.
        if (r.status < 300) expect(r.seen).toMatch(/attacker-college/i);
        else expect([303, 403, 404], `${r.method} ${r.status}`).toContain(r.status);
        expect(r.seen.toLowerCase()).not.toContain("victim");
      }
      expect(await snapshot()).toBe(before);
    });
  }

  it("refuses every POST to next-auth's own endpoints (sign-in links come only through the form's checks)", async () => {
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    expect((await POST()).status).toBe(404);
  });

  it("answers a conditional fact sheet request 304 before rendering anything", async () => {
    signInAs("victimOwner");
    const { GET } = await import("@/app/api/fact-sheet/route");
    const { sheetKey } = await import("@/lib/fact-sheet");
    const mine = (await lib.getMyOrganisation(people.victimOwner!))!;
    // The victim has no "find out more" address but has published a micro-credential: the QR code leads to its directory page.
    const { etag } = sheetKey({ organisationId: mine.organisation.id, organisationName: mine.organisation.name, profile: mine.profile, choice: "cy", includeQr: true, directorySlug: mine.organisation.slug });
    renders.count = 0;
    const downloads = await db.factSheetDownload.count();
    const response = await GET(new Request("http://localhost/api/fact-sheet?locale=cy", { headers: { "if-none-match": etag } }));
    expect(response.status).toBe(304);
    expect(renders.count).toBe(0);
    expect(await db.factSheetDownload.count()).toBe(downloads);
  });

  it("refuses a logo upload posted from another site", async () => {
    signInAs("victimOwner");
    const { POST } = await import("@/app/api/provider/logo/route");
    const form = new FormData();
    form.set("organisationId", ids.victimOrg!);
    const before = await snapshot();
    const response = await POST(new Request("http://localhost/api/provider/logo", { method: "POST", headers: { origin: "https://evil.example", host: "localhost" }, body: form }));
    expect(response.status).toBe(403);
    expect(await snapshot()).toBe(before);
  });

  it("stops a person's logo uploads and fact sheet downloads past the hourly limits", async () => {
    process.env.LOGO_UPLOADS_PER_HOUR = "2";
    process.env.PDF_DOWNLOADS_PER_HOUR = "2";
    try {
      await db.rateLimitEvent.deleteMany({});
      signInAs("attacker");
      const { solidPng } = await import("@/test/images");
      const png = new Uint8Array(await solidPng(90, 30));
      const { POST } = await import("@/app/api/provider/logo/route");
      const upload = () => {
        const form = new FormData();
        form.set("organisationId", ids.attackerOrg!);
        form.set("locale", "en");
        form.set("logo", new File([png], "logo.png", { type: "image/png" }));
        return POST(new Request("http://localhost/api/provider/logo", { method: "POST", headers: { origin: "http://localhost", host: "localhost" }, body: form }));
      };
      const uploads = [];
      for (let i = 0; i < 3; i++) uploads.push((await upload()).headers.get("location"));
      expect(uploads).toEqual(["/provider/logo?logo=saved", "/provider/logo?logo=saved", "/provider/logo?logoError=tooMany"]);

      const { GET } = await import("@/app/api/fact-sheet/route");
      const statuses = [];
      for (const locale of ["en", "cy", "bilingual"]) statuses.push((await GET(new Request(`http://localhost/api/fact-sheet?locale=${locale}`))).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      delete process.env.LOGO_UPLOADS_PER_HOUR;
      delete process.env.PDF_DOWNLOADS_PER_HOUR;
    }
  });

  // --- Server actions ---------------------------------------------------------------------------

  /** Form data naming the victim's organisation and its people, invitations and requests. */
  const forgedForm = (organisationId: string) => {
    const form = new FormData();
    const fields: Record<string, string> = {
      locale: "en",
      organisationId,
      userId: people.victimMember!.userId,
      invitationId: ids.invitation!,
      requestId: ids.joinRequest!,
      decision: "accept",
      status: "suspended",
      inviteEmail: "friend@attacker.ac.uk",
      contactName: "Hacked",
      email: "hacked@attacker.ac.uk",
      name: "Hacked",
      type: "college",
      nation: "wales",
      domains: "victim.ac.uk",
      id: ids.microCredential!,
      title: "Hacked",
      intent: "publish",
      review: "on",
    };
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return form;
  };

  /** Runs an action; returns how it ended: "redirect:<url>", "404", or "returned". */
  async function outcome(run: () => Promise<unknown>) {
    try {
      await run();
      return "returned";
    } catch (error) {
      const digest = String((error as { digest?: string }).digest ?? "");
      if (digest.startsWith("NEXT_REDIRECT")) return `redirect:${digest.split(";")[2]}`;
      if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "404";
      if ((error as Error).name === "ForbiddenError") return "forbidden";
      throw error;
    }
  }

  async function action(key: string) {
    const [file, name] = key.split("#") as [string, string];
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const fn = mod[name]!;
    // useActionState actions take (previous, formData); plain form actions take (formData).
    return (form: FormData) => (fn.length >= 2 ? fn({}, form) : fn(form));
  }

  for (const [key, access] of Object.entries(ACTIONS).filter(([, a]) => a.kind !== "public")) {
    it(`${key} (${access.kind}): sends a signed-out visitor to sign in and changes nothing`, async () => {
      signInAs(null);
      const before = await snapshot();
      expect(await outcome(async () => (await action(key))(forgedForm(ids.victimOrg!)))).toMatch(/^redirect:\/sign-in/);
      expect(await snapshot()).toBe(before);
    });
  }

  for (const [key, access] of Object.entries(ACTIONS).filter(([, a]) => a.kind === "member" || a.kind === "signed-in")) {
    it(`${key} (${access.kind}): a member of another organisation cannot touch the victim's, by its id or by their own`, async () => {
      signInAs("attacker");
      const before = await snapshot();
      for (const organisationId of [ids.victimOrg!, ids.attackerOrg!]) {
        const result = await outcome(async () => (await action(key))(forgedForm(organisationId)));
        expect(["404", "forbidden", "returned", "redirect:/provider", "redirect:/provider/members"].some((ok) => result.startsWith(ok)), result).toBe(true);
      }
      const after = JSON.parse(await snapshot());
      const earlier = JSON.parse(before);
      // Nothing of the victim's changed: its members, profile, invitations, requests and status.
      expect(after.members.filter((m: { organisationId: string }) => m.organisationId === ids.victimOrg)).toEqual(
        earlier.members.filter((m: { organisationId: string }) => m.organisationId === ids.victimOrg),
      );
      expect(after.profile).toEqual(earlier.profile);
      expect(after.invitations).toEqual(earlier.invitations);
      expect(after.requests).toEqual(earlier.requests);
      expect(after.orgs).toEqual(earlier.orgs);
      const victims = (state: { microCredentials: { organisationId: string }[] }) => state.microCredentials.filter((m) => m.organisationId === ids.victimOrg);
      expect(victims(after)).toEqual(victims(earlier));
    });
  }

  for (const [key] of Object.entries(ACTIONS).filter(([, a]) => a.kind === "staff")) {
    it(`${key} (staff): a provider who is not staff gets a 404 and nothing changes`, async () => {
      signInAs("victimOwner");
      const before = await snapshot();
      const form = forgedForm(ids.pendingOrg!);
      form.set("decision", "approve");
      expect(await outcome(async () => (await action(key))(form))).toBe("404");
      expect(await snapshot()).toBe(before);
    });
  }
});
