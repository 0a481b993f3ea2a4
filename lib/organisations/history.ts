import { fill } from "@/lib/i18n/format";

/** One recorded change as a sentence, from the language's `historyEvents` messages. */
export function describeEvent(sentences: Record<string, string>, event: { action: string; actorEmail: string; detail: unknown }) {
  const detail = (event.detail ?? {}) as { email?: unknown };
  const template = sentences[event.action] ?? sentences.other!;
  return fill(template, { who: event.actorEmail, email: typeof detail.email === "string" ? detail.email : "", action: event.action });
}

/** The reason recorded with a staff decision (reject, suspend), if there is one. */
export function eventReason(event: { detail: unknown }): string | undefined {
  const reason = (event.detail ?? {}) as { reason?: unknown };
  return typeof reason.reason === "string" && reason.reason ? reason.reason : undefined;
}
