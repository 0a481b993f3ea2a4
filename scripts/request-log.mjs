// The production server's log: one JSON line per request and one per message the server writes
// (errors included), each with the id of the request it belongs to. The id is also sent back to the
// client as X-Request-Id, so a person reporting a problem can quote it and staff can find the line.
// Nothing personal beyond what is needed: no client address, no query string, no cookies, and any
// sign-in token or e-mail address in a message is masked unless sign-in links are meant to go to
// the log (SIGN_IN_LINKS_TO_LOG=1, a local trial only; start:prod refuses it).
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { format } from "node:util";

const context = new AsyncLocalStorage();

/** An id a trusted proxy may pass on (nginx's $request_id is 32 hex digits): short and plain. */
const FORWARDED_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The request's id: the trusted proxy's, when there is one and it looks like an id, or a new one. */
export function requestId(headers, hops) {
  const forwarded = headers["x-request-id"];
  if (hops > 0 && typeof forwarded === "string" && FORWARDED_ID.test(forwarded)) return forwarded;
  return randomUUID();
}

const SECRETS = [
  // Sign-in link parameters and session cookies, wherever they appear in a message.
  [/([?&](?:token|email|callbackUrl)=)[^&\s"'<>]+/gi, "$1[masked]"],
  [/(authjs\.[a-z-]+-token=)[^;\s"']+/gi, "$1[masked]"],
  // E-mail addresses: keep the domain (which organisation), mask the person.
  [/[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g, "[masked]@$1"],
];

/** A message with sign-in tokens, session cookies and the local part of e-mail addresses masked. */
export function mask(text) {
  return SECRETS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** One JSON log line. `fields` come first so that time, level and id are easy to scan. */
export function logLine(level, fields, { maskSecrets = true } = {}) {
  const id = context.getStore()?.id;
  const line = { time: new Date().toISOString(), level, ...(id ? { requestId: id } : {}), ...fields };
  if (maskSecrets && typeof line.msg === "string") line.msg = mask(line.msg);
  if (maskSecrets && typeof line.stack === "string") line.stack = mask(line.stack);
  return JSON.stringify(line);
}

/**
 * Routes console.* through logLine: every message the server (or Next, or a library) writes
 * becomes one JSON line on stdout (info) or stderr (warn, error), tagged with the current request.
 */
export function logAsJsonLines({ maskSecrets = process.env.SIGN_IN_LINKS_TO_LOG !== "1" } = {}) {
  const out = (stream, level) => (...args) => {
    const error = args.find((a) => a instanceof Error);
    // Colour codes (Next colours its own messages) mean nothing in a log file.
    const text = format(...args.filter((a) => a !== error)).replace(/\u001b\[[0-9;]*m/g, "");
    const fields = { msg: text || (error ? error.message : "") };
    if (error) Object.assign(fields, { error: error.name, stack: error.stack, ...(error.digest ? { digest: error.digest } : {}) });
    stream.write(`${logLine(level, fields, { maskSecrets })}\n`);
  };
  console.log = out(process.stdout, "info");
  console.info = out(process.stdout, "info");
  console.warn = out(process.stderr, "warn");
  console.error = out(process.stderr, "error");
}

/**
 * Runs `handle` for one request inside its log context: sets X-Request-Id on the request (for the
 * application) and the response, and writes the request's line when the response has finished.
 */
export function withRequestLog(req, res, hops, handle) {
  const id = requestId(req.headers, hops);
  req.headers["x-request-id"] = id;
  res.setHeader("X-Request-Id", id);
  const started = process.hrtime.bigint();
  res.on("close", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const path = (req.url ?? "/").split("?")[0];
    const fields = {
      msg: "request",
      method: req.method,
      path,
      status: res.statusCode,
      ms: Math.round(ms * 10) / 10,
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    const level = res.statusCode >= 500 ? "error" : "info";
    context.run({ id }, () => (level === "error" ? process.stderr : process.stdout).write(`${logLine(level, fields)}\n`));
  });
  return context.run({ id }, handle);
}
