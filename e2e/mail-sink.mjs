// A real SMTP server on 127.0.0.1 for the browser tests: the portal sends its sign-in mail here,
// and each message is written to MAIL_DIR as JSON ({ to, subject, text }) for the tests to read.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

const port = Number(process.env.MAIL_PORT ?? 2525);
const dir = process.env.MAIL_DIR ?? "test-results/mail";
mkdirSync(dir, { recursive: true });

function decodeQuotedPrintable(text) {
  return Buffer.from(
    text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");
}

function parse(raw) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  const header = (name) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1]?.trim() ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text =
    encoding === "quoted-printable" ? decodeQuotedPrintable(body) : encoding === "base64" ? Buffer.from(body, "base64").toString("utf8") : body;
  return { subject: header("Subject"), language: header("Content-Language"), text };
}

let count = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (c) => chunks.push(c));
    stream.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
      const file = path.join(dir, `${Date.now()}-${++count}.json`);
      writeFileSync(file, JSON.stringify({ to, ...parse(raw) }));
      callback();
    });
  },
});
server.listen(port, "127.0.0.1", () => console.log(`mail sink on 127.0.0.1:${port}, writing to ${dir}`));
