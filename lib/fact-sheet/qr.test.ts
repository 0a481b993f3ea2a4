import { describe, expect, it } from "vitest";
import { brandOf, qrTarget, sheetKey } from "./index";

describe("where the fact sheet's QR code leads", () => {
  it("goes to the directory page only when asked and there is one; otherwise to the organisation's own address", () => {
    expect(qrTarget("directory", { website: true, directory: true })).toBe("directory");
    expect(qrTarget("directory", { website: true, directory: false })).toBe("website");
    expect(qrTarget(undefined, { website: true, directory: true })).toBe("website");
    expect(qrTarget(undefined, { website: false, directory: true })).toBe("directory");
    expect(qrTarget("directory", { website: false, directory: false })).toBeUndefined();
  });

  it("prints the directory page in the sheet's language, and a sheet with it is a different file", () => {
    const profile = { findOutMoreUrl: "https://www.example.org/short-courses", version: 3 } as Parameters<typeof brandOf>[1];
    expect(brandOf("Demo College", profile, "en").findOutMoreUrl).toBe("https://www.example.org/short-courses");
    expect(new URL(brandOf("Demo College", profile, "cy", "demo-college").findOutMoreUrl!).pathname).toBe("/cy/micro-credentials/providers/demo-college");
    const request = { organisationId: "o", organisationName: "Demo College", profile, choice: "en" as const, includeQr: true, now: new Date("2026-11-28T12:00:00Z") };
    expect(sheetKey({ ...request, directorySlug: "demo-college" }).etag).not.toBe(sheetKey(request).etag);
  });
});
