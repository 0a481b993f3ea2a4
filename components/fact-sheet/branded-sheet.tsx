import QRCode from "qrcode";
import type { FactSheet } from "@/lib/content";
import { contentVersion } from "@/lib/fact-sheet";
import { contactLines, displayUrl } from "@/lib/fact-sheet/contact";
import type { Brand } from "@/lib/fact-sheet/pdf";
import { fill, getMessages, type Locale } from "@/lib/i18n";
import { FactSheetText } from "./fact-sheet-text";

/**
 * The branded fact sheet as HTML, laid out like the A4 PDF: the locked text, then the brand band.
 * Used for the provider's preview and for the shareable page.
 */
export async function BrandedSheet({
  sheet,
  locale,
  brand,
  logoSrc,
  includeQr,
}: {
  sheet: FactSheet;
  locale: Locale;
  brand: Brand;
  logoSrc?: string;
  includeQr: boolean;
}) {
  const t = getMessages(locale).factSheetPdf;
  const qrUrl = includeQr ? brand.findOutMoreUrl : undefined;
  const qrSvg = qrUrl ? await QRCode.toString(qrUrl, { type: "svg", errorCorrectionLevel: "M", margin: 1 }) : undefined;
  return (
    <article className="sheet" lang={locale}>
      <h2 className="sheet-title">{sheet.title}</h2>
      <div className="sheet-columns">
        <FactSheetText sheet={sheet} locale={locale} headingLevel={3} />
      </div>
      <section className="sheet-band" aria-label={t.contactHeading}>
        {brand.logo && logoSrc ? (
          <div className="sheet-logo-box">
            {/* eslint-disable-next-line @next/next/no-img-element -- our own PNG route, sized by the band */}
            <img className="sheet-logo" src={logoSrc} alt={brand.logo.alt} width={brand.logo.width} height={brand.logo.height} />
          </div>
        ) : null}
        <div className="sheet-contact">
          <h3>{t.contactHeading}</h3>
          <p>
            {contactLines(brand, t).map((line, i) => (
              <span key={line.text}>
                {i > 0 ? <br /> : null}
                {line.bold ? (
                  <strong>{line.text}</strong>
                ) : line.label ? (
                  <>
                    {line.label}: {line.link ? <a href={line.link}>{line.value}</a> : line.value}
                  </>
                ) : (
                  line.text
                )}
              </span>
            ))}
          </p>
        </div>
        {qrSvg && qrUrl ? (
          <div className="sheet-qr">
            {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data address */}
            <img src={`data:image/svg+xml;base64,${Buffer.from(qrSvg).toString("base64")}`} alt={fill(t.qrAlt, { url: qrUrl })} width={96} height={96} />
            <p>
              {t.findOutMore}
              <br />
              <a href={qrUrl}>{displayUrl(qrUrl)}</a>
            </p>
          </div>
        ) : null}
      </section>
      <p className="sheet-footer">{fill(t.footer, { version: contentVersion([locale]), date: new Date().toISOString().slice(0, 10) })}</p>
    </article>
  );
}
