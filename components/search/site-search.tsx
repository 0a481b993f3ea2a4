"use client";

import { useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import { FilterSelect } from "@/components/ui/filter-select";
import type { Locale, Messages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/format";
import { SEARCH_TYPES, type SearchType } from "@/lib/search/types";
import { welshQueries } from "@/lib/search/welsh";

/** The only messages the search renders (it is a client component). */
export type SiteSearchStrings = Omit<Messages["search"], "title" | "description" | "noScript">;

type Pagefind = {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { id: string; score: number; data(): Promise<Hit> }[] } | null>;
};
type Hit = { url: string; excerpt: string; meta: { title?: string; type?: string } };
type Found = { url: string; title: string; type: SearchType; excerpt: string };
/** The outcome of the search for `key` (query and type); any other key is still being searched. */
type State = { key: string; status: "done" | "failed"; results: Found[]; ms?: number };

let loading: Promise<Pagefind> | undefined;
/** Pagefind's script, fetched from the built index the first time someone searches. */
function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "/pagefind/pagefind.js" as string).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return loading;
}

/**
 * Finds pages, in the page's language: Pagefind chooses the index by <html lang>. A Welsh query is
 * searched in each form its words can take (lib/search/welsh.ts) and the results merged.
 */
async function runSearch(query: string, type: string, locale: Locale): Promise<Found[]> {
  const pf = await loadPagefind();
  const queries = locale === "cy" ? welshQueries(query) : [query];
  const filters = type ? { type } : undefined;
  const best = new Map<string, { score: number; data: () => Promise<Hit> }>();
  for (const found of await Promise.all(queries.map((q) => pf.search(q, { filters })))) {
    for (const r of found?.results ?? []) {
      const seen = best.get(r.id);
      if (!seen || seen.score < r.score) best.set(r.id, { score: r.score, data: () => r.data() });
    }
  }
  const top = [...best.values()].sort((a, b) => b.score - a.score).slice(0, 30);
  const hits = await Promise.all(top.map((r) => r.data()));
  return hits.map((h) => ({
    url: h.url,
    title: h.meta.title ?? h.url,
    type: (SEARCH_TYPES as readonly string[]).includes(h.meta.type ?? "") ? (h.meta.type as SearchType) : "page",
    excerpt: h.excerpt,
  }));
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

/** Pagefind's excerpt (escaped text with <mark> around the matches) as text and <mark> elements. */
export function Excerpt({ html }: { html: string }) {
  const parts: ReactNode[] = [];
  html.split(/<mark>([\s\S]*?)<\/mark>/).forEach((part, i) => parts.push(i % 2 ? <mark key={i}>{decode(part)}</mark> : decode(part)));
  return <p className="search-excerpt">{parts}</p>;
}

/** The search form: a plain GET form, the same with or without JavaScript. */
function form(query: string, type: string, action: string, t: SiteSearchStrings) {
  return (
    <form method="get" action={action} className="filters search-form">
      <div className="filter-fields">
        <div className="field search-field">
          <label htmlFor="search-q">{t.label}</label>
          <input id="search-q" name="q" type="search" defaultValue={query} key={query} spellCheck={false} />
        </div>
        <FilterSelect id="search-type" name="type" label={t.typeLabel} any={t.anyType} value={type} options={SEARCH_TYPES.map((s) => [s, t.types[s]])} />
      </div>
      <p className="filter-actions">
        <button type="submit" className="button">
          {t.button}
        </button>
      </p>
    </form>
  );
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};
const noSubscription = () => () => {};

/**
 * The search form and its results. The page is prerendered, so the server renders the form empty
 * with `children` (what to do without JavaScript); in the browser the address's query fills the
 * form, the notice goes and the results appear.
 */
export function SiteSearch({ locale, action, t, children }: { locale: Locale; action: string; t: SiteSearchStrings; children: ReactNode }) {
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => "");
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const params = new URLSearchParams(search);
  const query = (params.get("q") ?? "").trim().slice(0, 200);
  const type = (SEARCH_TYPES as readonly string[]).includes(params.get("type") ?? "") ? params.get("type")! : "";
  const key = `${type}\n${query}`;
  const [outcome, setOutcome] = useState<State | undefined>();

  useEffect(() => {
    if (!query) return;
    let current = true;
    const started = performance.now();
    runSearch(query, type, locale)
      .then((results) => current && setOutcome({ key, status: "done", results, ms: Math.round(performance.now() - started) }))
      .catch(() => current && setOutcome({ key, status: "failed", results: [] }));
    return () => {
      current = false;
    };
  }, [key, query, type, locale]);

  const state = outcome?.key === key ? outcome : { status: "searching" as const, results: [] as Found[], ms: undefined };
  const count = state.results.length;
  if (!scripted) {
    return (
      <>
        {form(query, type, action, t)}
        {children}
      </>
    );
  }
  const summary = !query
    ? t.enterWords
    : state.status === "searching"
      ? t.searching
      : state.status === "failed"
        ? t.failed
        : state.status === "done"
          ? count === 0
            ? fill(t.none, { query })
            : count === 1
              ? fill(t.resultOne, { query })
              : fill(t.resultMany, { count, query })
          : "";
  return (
    <>
      {form(query, type, action, t)}
      <p className="result-count" role="status" data-search-ms={state.ms}>
        {summary}
      </p>
      {count ? (
        <ol className="result-list" aria-label={t.resultsLabel}>
          {state.results.map((r) => (
            <li key={r.url}>
              <h2 className="result-title">
                <a href={r.url}>{r.title}</a>
              </h2>
              <p className="caption">{t.types[r.type]}</p>
              <Excerpt html={r.excerpt} />
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
