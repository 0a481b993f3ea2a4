import { describe, expect, it } from "vitest";
import { BodyTooLargeError, fieldFromHead, isSameOrigin, readBodyLimited } from "./request";

const multipart = async (fields: Record<string, string | Blob>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return new Request("http://localhost/x", { method: "POST", body: form });
};

describe("readBodyLimited", () => {
  it("reads a body under the limit", async () => {
    const body = await readBodyLimited(new Request("http://localhost/x", { method: "POST", body: "hello" }), 10);
    expect(new TextDecoder().decode(body)).toBe("hello");
  });

  it("refuses a streamed body over the limit, keeping the fields sent before the file", async () => {
    const request = await multipart({ logoAlt: "Logo Coleg Gŵyr", logo: new Blob([new Uint8Array(3 * 1024 * 1024)]) });
    const error = await readBodyLimited(request, 2 * 1024 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(fieldFromHead((error as BodyTooLargeError).head, request.headers.get("content-type"), "logoAlt")).toBe("Logo Coleg Gŵyr");
  });

  it("reads the rest of a refused body without keeping it, so the sender gets the answer, and stops after 32 MB more", async () => {
    const sent = (megabytes: number) => {
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled >= megabytes) return controller.close();
          pulled += 1;
          controller.enqueue(new Uint8Array(1024 * 1024));
        },
      });
      const request = new Request("http://localhost/x", { method: "POST", body, duplex: "half" } as RequestInit);
      return { request, pulled: () => pulled };
    };
    const small = sent(10);
    await expect(readBodyLimited(small.request, 2 * 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(small.pulled()).toBe(10);
    const huge = sent(1000);
    await expect(readBodyLimited(huge.request, 2 * 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(huge.pulled()).toBeGreaterThanOrEqual(34);
    expect(huge.pulled()).toBeLessThan(40);
  });

  it("refuses at once a body whose declared length is over the limit", async () => {
    const request = new Request("http://localhost/x", { method: "POST", body: "x".repeat(100), headers: { "content-length": "999999999" } });
    await expect(readBodyLimited(request, 1000)).rejects.toBeInstanceOf(BodyTooLargeError);
  });
});

describe("isSameOrigin", () => {
  const req = (headers: Record<string, string>) => new Request("http://localhost/x", { method: "POST", headers });
  it("accepts the page's own origin and refuses another site's, or none", () => {
    expect(isSameOrigin(req({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOrigin(req({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(req({ origin: "null", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(req({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(req({ host: "localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
  });
});
