import { fill } from "@/lib/i18n/format";

/** One recorded change as a sentence, from the language's `historyEvents` messages. */
export function describeEvent(sentences: Record<string, string>, event: { action: string; actorEmail: string; detail: unknown }) {
  const detail = (event.detail ?? {}) as { email?: unknown; title?: unknown };
  const template = sentences[event.action] ?? sentences.other!;
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return fill(template, { who: event.actorEmail, email: text(detail.email), title: text(detail.title), action: event.action });
}

/** The reason recorded with a staff decision (reject, suspend), if there is one. */
export function eventReason(event: { detail: unknown }): string | undefined {
  const reason = (event.detail ?? {}) as { reason?: unknown };
  return typeof reason.reason === "string" && reason.reason ? reason.reason : undefined;
}
