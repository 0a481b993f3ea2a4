import { spawn } from "node:child_process";
import path from "node:path";
import sharp, { type Metadata } from "sharp";

/**
 * Logo uploads: the type is read from the bytes (never the name or the declared type), decoding
 * is capped against pixel bombs and limited in time, SVG is rasterised with no scripts or external
 * references, and the result is always a new PNG (transparency kept), at most 600 px on the long
 * side (the fact sheet prints it at most 45 mm wide: about 340 dpi) and never larger than the
 * upload itself. The uploaded original is never stored.
 */

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
export const MAX_LOGO_EDGE = 600;
// 16 megapixels (4000 × 4000): far beyond any real logo; a decode needs at most about 64 MB.
export const MAX_INPUT_PIXELS = 16_000_000;
// A decode or an SVG render that takes longer than this is abandoned (an SVG's render process is killed).
const TIMEOUT_SECONDS = 5;
// Below this size, a PNG is kept even if the upload was smaller (a tiny, well-compressed JPEG).
const SMALL_ENOUGH_BYTES = 48 * 1024;

export type LogoErrorCode = "empty" | "tooBig" | "type" | "corrupt" | "animated" | "dimensions" | "svgUnsafe" | "timeout";

export class LogoError extends Error {
  constructor(readonly code: LogoErrorCode) {
    super(code);
    this.name = "LogoError";
  }
}

export type DetectedType = "png" | "jpeg" | "webp" | "svg" | "gif" | undefined;

/** The image type from the file's first bytes. */
export function detectType(bytes: Uint8Array): DetectedType {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (starts(0xff, 0xd8, 0xff)) return "jpeg";
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return "webp";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "gif";
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, "").trimStart();
  // XML prologue, comments or a DOCTYPE may come first; the safety check reads the whole file.
  if (head.startsWith("<") && /<svg[\s>]/i.test(head)) return "svg";
  return undefined;
}

/**
 * Refuses SVG that could run code or fetch anything: scripts, event handlers, foreignObject,
 * entity declarations, and any href that is not a same-document #fragment. Also refuses the word
 * "filter" anywhere (elements, attributes, CSS): filter effects are the usual way to make librsvg
 * slow (one took 59 s here) and a logo never needs them. Whatever slips past (a character
 * reference, say) is still rendered in a process that is killed after 5 s (rasteriseSvg).
 */
export function checkSvgSafe(text: string) {
  const unsafe =
    /<script[\s>]/i.test(text) ||
    /\son[a-z]+\s*=/i.test(text) ||
    /<foreignObject[\s>]/i.test(text) ||
    /filter|<(?:[^\s>]+:)?fe[A-Z]/i.test(text) ||
    /<!ENTITY/i.test(text) ||
    /javascript:/i.test(text) ||
    /(?:xlink:)?href\s*=\s*["'](?!#)/i.test(text) ||
    /url\(\s*["']?(?!#)/i.test(text) ||
    /@import/i.test(text);
  if (unsafe) throw new LogoError("svgUnsafe");
}

/**
 * Renders an SVG to PNG in a child process (lib/logo/svg-worker.mjs), killed after the timeout:
 * librsvg cannot be interrupted inside the server process.
 */
export function rasteriseSvg(bytes: Uint8Array, timeLimitMs = TIMEOUT_SECONDS * 1000): Promise<Buffer> {
  const worker = path.join(process.cwd(), /*turbopackIgnore: true*/ "lib/logo/svg-worker.mjs");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker], {
      stdio: ["pipe", "pipe", "ignore"],
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", LOGO_MAX_INPUT_PIXELS: String(MAX_INPUT_PIXELS) },
    });
    const chunks: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeLimitMs);
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", () => reject(new LogoError("corrupt")));
    child.on("close", (code) => {
      clearTimeout(timer);
      if (timedOut) reject(new LogoError("timeout"));
      else if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new LogoError(code === 3 ? "dimensions" : "corrupt"));
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(Buffer.from(bytes));
  });
}

export type NormalisedLogo = { png: Uint8Array<ArrayBuffer>; width: number; height: number; sourceType: Exclude<DetectedType, undefined> };

/**
 * Checks and re-encodes an uploaded logo; throws LogoError with a code the form turns into a message.
 * `svgTimeLimitMs` is for tests, which need a render that certainly outlasts it on any machine.
 */
export async function normaliseLogo(bytes: Uint8Array, { svgTimeLimitMs }: { svgTimeLimitMs?: number } = {}): Promise<NormalisedLogo> {
  if (bytes.length === 0) throw new LogoError("empty");
  if (bytes.length > MAX_LOGO_BYTES) throw new LogoError("tooBig");
  const type = detectType(bytes);
  if (!type) throw new LogoError("type");
  if (type === "gif") throw new LogoError("animated");
  if (type === "svg") checkSvgSafe(new TextDecoder().decode(bytes));

  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "truncated" as const, animated: true };
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, options).metadata();
  } catch (error) {
    if (/pixel limit/i.test(String(error))) throw new LogoError("dimensions");
    throw new LogoError("corrupt");
  }
  if ((metadata.pages ?? 1) > 1) throw new LogoError("animated");
  if (!metadata.width || !metadata.height) throw new LogoError("corrupt");
  if (metadata.width * metadata.height > MAX_INPUT_PIXELS) throw new LogoError("dimensions");
  if (metadata.width < 16 || metadata.height < 16) throw new LogoError("dimensions");

  // SVG is rendered apart (and killable); from here on every logo is a bitmap.
  const source = type === "svg" ? await rasteriseSvg(bytes, svgTimeLimitMs) : bytes;
  const encode = async (palette: boolean) => {
    const { data, info } = await sharp(source, { ...options, animated: false })
      .timeout({ seconds: TIMEOUT_SECONDS })
      .rotate()
      .resize({ width: MAX_LOGO_EDGE, height: MAX_LOGO_EDGE, fit: "inside", withoutEnlargement: true })
      .png(palette ? { palette: true, quality: 90, effort: 7, compressionLevel: 9 } : { compressionLevel: 9, adaptiveFiltering: true })
      .toBuffer({ resolveWithObject: true });
    return { png: new Uint8Array(data), width: info.width, height: info.height, sourceType: type };
  };
  try {
    const limit = Math.max(bytes.length, SMALL_ENOUGH_BYTES);
    const lossless = await encode(false);
    if (lossless.png.length <= limit) return lossless;
    // A photograph or a noisy scan: 256 well-chosen colours look the same at print size and
    // keep the stored logo no larger than what was uploaded.
    const quantised = await encode(true);
    if (quantised.png.length <= limit) return quantised;
    throw new LogoError("tooBig");
  } catch (error) {
    if (error instanceof LogoError) throw error;
    if (/pixel limit/i.test(String(error))) throw new LogoError("dimensions");
    if (/timeout/i.test(String(error))) throw new LogoError("timeout");
    throw new LogoError("corrupt");
  }
}
