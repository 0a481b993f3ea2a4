// Makes public/favicon.ico (16, 32 and 48 px) and public/apple-touch-icon.png (180 px) from
// app/icon.svg. Run it after changing the icon: node scripts/make-icons.mjs (the files are committed).
import { readFileSync, writeFileSync } from "node:fs";
import sharp from "sharp";

const svg = readFileSync("app/icon.svg");
const png = (size) => sharp(svg, { density: 72 * (size / 32) * 4 }).resize(size, size).png().toBuffer();

// An ICO file whose images are PNGs (supported by every current browser and by Windows Vista on).
const sizes = [16, 32, 48];
const images = await Promise.all(sizes.map(png));
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach((image, i) => {
  const entry = 6 + 16 * i;
  header.writeUInt8(sizes[i] % 256, entry);
  header.writeUInt8(sizes[i] % 256, entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(image.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += image.length;
});
writeFileSync("public/favicon.ico", Buffer.concat([header, ...images]));
writeFileSync("public/apple-touch-icon.png", await sharp(svg, { density: 72 * (180 / 32) }).resize(180, 180).flatten({ background: "#0b3d4f" }).png().toBuffer());
console.log("Wrote public/favicon.ico and public/apple-touch-icon.png");
