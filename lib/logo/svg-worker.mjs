// Renders one SVG (standard input) to PNG (standard output) in a process of its own, so that the
// server can kill it: librsvg renders in one step that sharp's timeout cannot interrupt.
// Exit codes: 0 rendered, 3 too many pixels, 4 anything else.
import sharp from "sharp";

const limitInputPixels = Number(process.env.LOGO_MAX_INPUT_PIXELS ?? 16_000_000);
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
try {
  const png = await sharp(Buffer.concat(chunks), { density: 144, limitInputPixels, failOn: "truncated" }).png({ compressionLevel: 1 }).toBuffer();
  process.stdout.write(png);
} catch (error) {
  process.exitCode = /pixel limit/i.test(String(error)) ? 3 : 4;
}
