import Link from "next/link";
import { getMDXComponent } from "next-contentlayer2/hooks";
import type { ComponentProps, ComponentType, ReactNode } from "react";
import { getMessages, localePath, stripLocale, type Locale } from "@/lib/i18n";
import { slugify } from "@/lib/content/slug";

type Element = "h2" | "h3" | "h4" | "a" | "table" | "img" | "em";
/** The HTML elements the renderer replaces, each with the props that element takes. */
type ElementMap = { [K in Element]: ComponentType<ComponentProps<K>> };

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (node && typeof node === "object" && "props" in node) {
    return textOf((node.props as { children?: ReactNode }).children);
  }
  return "";
}

function isExternal(href: string) {
  return /^https?:\/\//i.test(href);
}

/**
 * The element map for one page: internal links stay in the reader's language. Headings get ids
 * from their text, after `idPrefix` when several documents share a page (ids stay unique).
 */
export function mdxElements(locale: Locale, idPrefix = ""): ElementMap {
  const t = getMessages(locale).page;
  const heading = (Tag: "h2" | "h3" | "h4") => {
    function Heading({ children, ...props }: ComponentProps<typeof Tag>) {
      return (
        <Tag id={`${idPrefix}${slugify(textOf(children))}`} {...props}>
          {children}
        </Tag>
      );
    }
    return Heading;
  };
  return {
    h2: heading("h2"),
    h3: heading("h3"),
    h4: heading("h4"),
    a: ({ href = "", children, ...props }) => {
      if (href.startsWith("/")) {
        return (
          <Link href={localePath(locale, stripLocale(href))} {...props}>
            {children}
          </Link>
        );
      }
      if (isExternal(href)) {
        return (
          <a href={href} rel="noopener" {...props}>
            {children}
            <span className="sr-only"> {t.externalLink}</span>
            <span aria-hidden="true" className="external-mark">
              ↗
            </span>
          </a>
        );
      }
      return (
        <a href={href} {...props}>
          {children}
        </a>
      );
    },
    table: (props) => (
      // A wide table scrolls inside its own box instead of widening the page at 400% zoom.
      <div className="table-scroll" role="region" aria-label={t.scrollableTable} tabIndex={0}>
        <table {...props} />
      </div>
    ),
    // In a Welsh text, italics mark an English title or term (CONTENT.md): screen readers must read
    // it as English.
    em: ({ children, ...props }) => (
      <em lang={locale === "cy" ? "en" : undefined} {...props}>
        {children}
      </em>
    ),
    // eslint-disable-next-line @next/next/no-img-element -- content images are static files under /public
    img: ({ alt, ...props }) => <img alt={alt ?? ""} loading="lazy" {...props} />,
  };
}

// Compiled MDX bodies are evaluated once per process, not on every render.
const compiled = new Map<string, ReturnType<typeof getMDXComponent>>();

function compiledBody(code: string) {
  let body = compiled.get(code);
  if (!body) {
    body = getMDXComponent(code);
    compiled.set(code, body);
  }
  return body;
}

/** Components a document type allows in its MDX, such as a report's `<Figure id="…" />`. */
export type MdxBlocks = Record<string, ComponentType<{ id: string }> | ComponentType>;

/** Renders a Contentlayer MDX body with the portal's element map. */
export function Mdx({ code, locale, blocks, idPrefix }: { code: string; locale: Locale; blocks?: MdxBlocks; idPrefix?: string }) {
  const Body = compiledBody(code);
  return (
    <div className="prose">
      {/* eslint-disable-next-line react-hooks/static-components -- cached per MDX body above, so the same component on every render */}
      <Body components={{ ...mdxElements(locale, idPrefix), ...blocks }} />
    </div>
  );
}
