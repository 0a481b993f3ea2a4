import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { detectType, LogoError, MAX_LOGO_EDGE, normaliseLogo } from "./normalise";
import { claimedPng, noisyJpeg } from "@/test/images";

const solid = (width: number, height: number, alpha = 1) =>
  sharp({ create: { width, height, channels: 4, background: { r: 11, g: 61, b: 79, alpha } } });

async function code(promise: Promise<unknown>) {
  try {
    await promise;
    return "accepted";
  } catch (error) {
    return error instanceof LogoError ? error.code : `unexpected: ${String(error)}`;
  }
}

describe("normaliseLogo accepts real logos and always returns a new PNG", () => {
  it("keeps transparency from a PNG", async () => {
    const input = await solid(300, 100, 0.5).png().toBuffer();
    const logo = await normaliseLogo(input);
    expect(detectType(logo.png)).toBe("png");
    const meta = await sharp(logo.png).metadata();
    expect(meta.hasAlpha).toBe(true);
    expect([logo.width, logo.height]).toEqual([300, 100]);
  });

  it("re-encodes JPEG and WebP, and shrinks the long side to 600 px", async () => {
    const jpeg = await normaliseLogo(await solid(2400, 600).jpeg().toBuffer());
    expect(jpeg.sourceType).toBe("jpeg");
    expect([jpeg.width, jpeg.height]).toEqual([MAX_LOGO_EDGE, 150]);
    const webp = await normaliseLogo(await solid(400, 1600).webp().toBuffer());
    expect([webp.width, webp.height]).toEqual([150, MAX_LOGO_EDGE]);
    expect(detectType(webp.png)).toBe("png");
  });

  it("rasterises a plain SVG", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"><rect width="200" height="80" fill="#0b3d4f"/><use href="#x"/></svg>');
    const logo = await normaliseLogo(svg);
    expect(logo.sourceType).toBe("svg");
    expect(detectType(logo.png)).toBe("png");
    expect(logo.width).toBeGreaterThanOrEqual(200);
  });

  it("never stores more bytes than were uploaded: a noisy 1.3 MB photograph stays under its own size", async () => {
    const upload = await noisyJpeg(1600, 1200);
    expect(upload.length).toBeGreaterThan(1_000_000);
    const logo = await normaliseLogo(upload);
    expect(Math.max(logo.width, logo.height)).toBe(MAX_LOGO_EDGE);
    expect(logo.png.length).toBeLessThanOrEqual(upload.length);
    expect(detectType(logo.png)).toBe("png");
  });
});

describe("normaliseLogo refuses bad files with a reason", () => {
  it("a 0-byte file", async () => {
    expect(await code(normaliseLogo(new Uint8Array()))).toBe("empty");
  });
  it("a 3 MB file", async () => {
    expect(await code(normaliseLogo(new Uint8Array(3 * 1024 * 1024)))).toBe("tooBig");
  });
  it("a text file renamed .png (the name and declared type are never read)", async () => {
    expect(await code(normaliseLogo(Buffer.from("This is not an image, just text.\n")))).toBe("type");
  });
  it("a truncated PNG", async () => {
    const png = await solid(400, 400).png().toBuffer();
    expect(await code(normaliseLogo(png.subarray(0, Math.floor(png.length / 2))))).toBe("corrupt");
  });
  it("a 20 000 x 20 000 PNG", async () => {
    expect(await code(normaliseLogo(claimedPng(20_000, 20_000)))).toBe("dimensions");
  });
  it("a 40-megapixel image (8000 x 5000), which would take hundreds of megabytes to decode", async () => {
    expect(await code(normaliseLogo(claimedPng(8000, 5000)))).toBe("dimensions");
  });
  it("an SVG with a script, an onload handler or an external reference", async () => {
    const svgs = [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://evil.example/x.png" width="10" height="10"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
    ];
    for (const svg of svgs) expect(await code(normaliseLogo(Buffer.from(svg)))).toBe("svgUnsafe");
  });
  it.each([
    ["a filter attribute", '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><rect width="100" height="40" filter="blur(4)"/></svg>'],
    ["a CSS filter", '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><rect width="100" height="40" style="filter: blur(4px)"/></svg>'],
    ["a prefixed filter element", '<svg xmlns="http://www.w3.org/2000/svg" xmlns:a.b="http://www.w3.org/2000/svg" width="100" height="40"><a.b:filter id="f"><a.b:feGaussianBlur stdDeviation="3"/></a.b:filter></svg>'],
  ])("an SVG with %s, refused before rendering", async (_why, svg) => {
    expect(await code(normaliseLogo(Buffer.from(svg)))).toBe("svgUnsafe");
  });
  it("an SVG that slips a slow effect past the checks is killed after its time limit, and the server goes on", async () => {
    // "fil&#116;er" is read as "filter" only by the XML parser: the text check cannot see it.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1900" height="1900"><rect width="1900" height="1900" fill="#0b3d4f" style="fil&#116;er: blur(400px)"/></svg>';
    // This render takes seconds; with a 250 ms limit it is killed on any machine (the server's
    // own limit is 5 s, which a fast machine could finish within).
    expect(await code(normaliseLogo(Buffer.from(svg), { svgTimeLimitMs: 250 }))).toBe("timeout");
    const after = await normaliseLogo(await solid(300, 100).png().toBuffer());
    expect(after.width).toBe(300);
  });
  it("an SVG filter, which would tie up the server for about a minute, refused before rendering", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1900" height="1900"><filter id="f"><feTurbulence baseFrequency="0.9" numOctaves="40"/><feGaussianBlur stdDeviation="300"/></filter><rect width="1900" height="1900" filter="url(#f)"/></svg>`;
    expect(await code(normaliseLogo(Buffer.from(svg)))).toBe("svgUnsafe");
  });
  it("an animated GIF or WebP", async () => {
    const frame = (colour: string) => sharp({ create: { width: 32, height: 32, channels: 4, background: colour } }).png().toBuffer();
    const frames = await Promise.all(["#ff0000", "#00ff00", "#0000ff"].map(frame));
    const gif = await sharp(frames, { join: { animated: true } }).gif({ loop: 0 }).toBuffer();
    const webp = await sharp(frames, { join: { animated: true } }).webp({ loop: 0 }).toBuffer();
    expect(await code(normaliseLogo(gif))).toBe("animated");
    expect(await code(normaliseLogo(webp))).toBe("animated");
  });
  it("a tiny image", async () => {
    expect(await code(normaliseLogo(await solid(8, 8).png().toBuffer()))).toBe("dimensions");
  });
});
