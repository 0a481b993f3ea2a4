import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/forms/state";
import { locales } from "@/lib/i18n";
import { describeErrors } from "./messages";
import { brandProfileSchema, inviteSchema, logoAltSchema, organisationSchema } from "./validation";

/** Values that break each rule a form field can have: empty, too long, unsafe, malformed. */
const BAD_VALUES = [
  "",
  "x".repeat(400),
  "<b>bold</b>",
  "a\u202eb",
  "http://www.college.ac.uk",
  "not an address",
  "name@",
  "12",
  "ac.uk",
  "a.ac.uk b.ac.uk c.ac.uk d.ac.uk e.ac.uk f.ac.uk",
  "1\n2\n3\n4\n5",
  `${"y".repeat(200)}\nCardiff`,
];

const FORMS = [
  { schema: organisationSchema, rename: {} },
  { schema: brandProfileSchema, rename: {} },
  { schema: logoAltSchema, rename: {} },
  { schema: inviteSchema, rename: { email: "inviteEmail" } },
] as const;

/** Every (field, error) pair the forms can produce, found by feeding each field every bad value. */
function producibleErrors() {
  const pairs = new Map<string, Record<string, string>>();
  for (const { schema, rename } of FORMS) {
    const fields = Object.keys(schema.shape);
    for (const field of fields) {
      for (const bad of BAD_VALUES) {
        const input = Object.fromEntries(fields.map((f) => [f, f === field ? bad : ""]));
        const parsed = schema.safeParse(input);
        if (parsed.success) continue;
        const errors = fieldErrors(parsed.error);
        if (!errors[field]) continue;
        const name = (rename as Record<string, string>)[field] ?? field;
        pairs.set(`${name}:${errors[field]}`, { [name]: errors[field] });
      }
    }
  }
  return [...pairs.values()];
}

describe("form error messages", () => {
  const produced = producibleErrors();

  it("finds the errors the forms can give (so the next test checks something)", () => {
    const keys = produced.map((e) => Object.entries(e)[0]!.join(":"));
    expect(keys).toEqual(expect.arrayContaining(["name:required", "name:tooLong", "name:unsafeText", "website:httpsUrl", "phone:phone", "domains:publicSuffix", "address:tooManyLines", "inviteEmail:email", "type:choose"]));
  });

  it.each(locales)("gives a whole sentence for every error a field can produce (%s)", (locale) => {
    for (const error of produced) {
      const [field, key] = Object.entries(error)[0]!;
      const message = describeErrors(error, locale)[field]!;
      expect(message, `${field}:${key}`).not.toMatch(/[{}]/);
      expect(message, `${field}:${key}`).not.toBe(key);
      expect(message.length, `${field}:${key}`).toBeGreaterThan(15);
    }
  });

  it("writes Welsh sentences with their mutations, not a field name spliced into a template", () => {
    const cy = (field: string, key: string) => describeErrors({ [field]: key }, "cy")[field];
    expect(cy("jobTitle", "tooLong")).toMatch(/^Rhaid i'r teitl swydd fod yn \d+ nod neu lai$/);
    expect(cy("jobTitle", "unsafeText")).toMatch(/^Ni ddylai'r teitl swydd gynnwys/);
    expect(cy("email", "required")).toBe("Rhowch gyfeiriad e-bost cyswllt");
    expect(cy("website", "tooLong")).toMatch(/^Rhaid i gyfeiriad y wefan/);
    for (const error of produced) {
      const [field, key] = Object.entries(error)[0]!;
      expect(describeErrors(error, "cy")[field], `${field}:${key}`).not.toMatch(/\b(i|ddylai) y\b|Rhowch (cyfeiriad|parth|teitl)/);
    }
  });

  it("fills in the field's own maximum length", () => {
    expect(describeErrors({ name: "tooLong" }, "en").name).toMatch(/^The organisation name must be \d+ characters or fewer$/);
  });

  it("names the messages file when an error has no sentence", () => {
    expect(() => describeErrors({ name: "noSuchRule" }, "cy")).toThrow(/content\/messages\/cy\.json/);
  });
});
