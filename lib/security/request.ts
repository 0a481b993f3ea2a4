/**
 * Checks for route handlers that change something (server actions get the same from Next).
 */

/**
 * Whether a state-changing request comes from one of our own pages: its Origin names the host it
 * was sent to (as the browser, or a trusted proxy, gives it). Cross-site forms and scripts carry
 * their own Origin; without an Origin, only a browser's `Sec-Fetch-Site: same-origin` is accepted.
 */
export function isSameOrigin(request: Request): boolean {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") {
    try {
      return !!host && new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return request.headers.get("sec-fetch-site") === "same-origin";
}

/** A body over the limit; `head` holds its first bytes (at most 64 KB), for the fields sent first. */
export class BodyTooLargeError extends Error {
  constructor(readonly head: Uint8Array = new Uint8Array()) {
    super("Request body too large");
    this.name = "BodyTooLargeError";
  }
}

const HEAD_BYTES = 64 * 1024;

/**
 * A text field from the start of a multipart body that was refused as too large, so that what a
 * person typed can be shown again. Only fields sent before the file (earlier in the form) are there.
 */
export function fieldFromHead(head: Uint8Array, contentType: string | null, name: string): string | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return undefined;
  const text = new TextDecoder().decode(head);
  for (const part of text.split(`--${marker}`)) {
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) continue;
    const headers = part.slice(0, split);
    if (new RegExp(`content-disposition:\\s*form-data;\\s*name="${name}"\\s*(\\r\\n|$)`, "i").test(headers.trim() + "\r\n")) {
      return part.slice(split + 4).replace(/\r\n$/, "");
    }
  }
  return undefined;
}

/** How much more of a refused body is read and thrown away (nginx stops anything larger first). */
const DRAIN_BYTES = 32 * 1024 * 1024;

/**
 * Reads a request body, refusing it as soon as it passes `maxBytes`, so an oversized upload never
 * sits in memory. A declared Content-Length over the limit is refused after its first 64 KB (the
 * fields sent before the file, for fieldFromHead). The rest of a refused body is read and dropped
 * (up to DRAIN_BYTES), so that the browser sending it reads the refusal.
 */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array();
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const refuse = async () => {
    // Read on, keeping nothing, so that the sender (a browser still uploading) receives the answer
    // rather than a broken connection; past DRAIN_BYTES more, stop reading.
    for (let drained = 0; drained < DRAIN_BYTES; ) {
      const { done, value } = await reader.read();
      if (done) break;
      drained += value.length;
    }
    await reader.cancel();
    const head = new Uint8Array(Math.min(total, HEAD_BYTES));
    let offset = 0;
    for (const chunk of chunks) {
      if (offset >= head.length) break;
      head.set(chunk.subarray(0, head.length - offset), offset);
      offset += chunk.length;
    }
    return new BodyTooLargeError(head);
  };
  // A declared length over the limit: read only the head (for the fields sent first), then refuse.
  const limit = Number.isFinite(declared) && declared > maxBytes ? HEAD_BYTES : maxBytes;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    chunks.push(value);
    if (total > limit) throw await refuse();
  }
  if (total > maxBytes || limit !== maxBytes) throw await refuse();
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/** Parses a multipart or urlencoded form from bytes already read (and limited). */
export async function parseForm(request: Request, body: Uint8Array<ArrayBuffer>): Promise<FormData> {
  return new Response(body, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
}
