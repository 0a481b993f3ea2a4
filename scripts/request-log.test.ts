import { describe, expect, it } from "vitest";
import { needsDatabase, unavailablePage } from "./availability.mjs";
import { logLine, mask, requestId } from "./request-log.mjs";

describe("the production log", () => {
  it("masks sign-in tokens, session cookies and the person in an e-mail address, keeping the domain", () => {
    const link = "http://localhost:3000/api/auth/callback/nodemailer?callbackUrl=%2Fprovider&token=abc123&email=sian%40coleg.ac.uk";
    expect(mask(`link: ${link}`)).toBe("link: http://localhost:3000/api/auth/callback/nodemailer?callbackUrl=[masked]&token=[masked]&email=[masked]");
    expect(mask("cookie authjs.session-token=s3cr3t; other=1")).toBe("cookie authjs.session-token=[masked]; other=1");
    expect(mask("no mail for Sian.Jones+tag@coleg.ac.uk today")).toBe("no mail for [masked]@coleg.ac.uk today");
    expect(JSON.parse(logLine("info", { msg: "to a@b.ac.uk" }))).toMatchObject({ level: "info", msg: "to [masked]@b.ac.uk" });
  });

  it("keeps a trusted proxy's request id, but never a client's", () => {
    expect(requestId({ "x-request-id": "0123456789abcdef0123456789abcdef" }, 1)).toBe("0123456789abcdef0123456789abcdef");
    expect(requestId({ "x-request-id": "0123456789abcdef0123456789abcdef" }, 0)).toMatch(/^[0-9a-f-]{36}$/);
    for (const forged of ["short", "a\nfake log line", "x".repeat(65), '"quoted"-id-1234']) {
      expect(requestId({ "x-request-id": forged }, 1)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe("what needs the database", () => {
  it("is every form post and the provider, staff and sign-in pages and APIs, never the content pages", () => {
    for (const url of ["/provider", "/cy/provider/profile", "/staff/uptake", "/sign-in?returnTo=/provider", "/cy/sign-in", "/api/fact-sheet?lang=cy", "/api/provider/logo", "/api/auth/callback/nodemailer?token=x", "/fact-sheet/coleg-prawf", "/cy/fact-sheet/coleg-prawf"]) {
      expect(needsDatabase("GET", url), url).toBe(true);
    }
    expect(needsDatabase("POST", "/fact-sheet")).toBe(true);
    for (const url of ["/", "/cy", "/fact-sheet", "/cy/fact-sheet", "/faqs", "/reports/survey-2025", "/providers", "/staffing", "/api/health", "/_next/static/x.js"]) {
      expect(needsDatabase("GET", url), url).toBe(false);
    }
  });

  it("answers in the language of the address", () => {
    expect(unavailablePage("/cy/provider")).toContain('<html lang="cy">');
    expect(unavailablePage("/cy/provider")).toContain("Rhowch gynnig arall arni ymhen ychydig funudau.");
    expect(unavailablePage("/provider")).toContain('<html lang="en">');
  });
});
