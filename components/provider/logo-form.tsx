import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldFrame, describedBy } from "@/components/ui/field";
import { StatusNotice } from "@/components/ui/notice";
import type { Locale, Messages } from "@/lib/i18n";

/**
 * The logo upload: a plain multipart form posted to /api/provider/logo, which has its own size
 * limit and answers with a redirect back here (so it works the same without JavaScript).
 */
export function LogoForm({
  locale,
  organisationId,
  t,
  forms,
  saved,
  error,
}: {
  locale: Locale;
  organisationId: string;
  t: Messages["provider"];
  forms: Messages["forms"];
  saved: boolean;
  error?: string;
}) {
  return (
    <form action="/api/provider/logo" method="post" encType="multipart/form-data" noValidate className="form">
      <ErrorSummary title={forms.errorSummary} errors={error ? [{ field: "logo", message: error }] : []} />
      <StatusNotice text={saved ? t.logoSaved : undefined} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <FieldFrame id="logo" label={t.fields.logo.label} hint={t.fields.logo.hint} error={error} errorPrefix={forms.errorPrefix}>
        <input
          type="file"
          id="logo"
          name="logo"
          className="form-file"
          accept="image/png,image/jpeg,image/webp,image/svg+xml"
          aria-describedby={describedBy("logo", true, error)}
          aria-invalid={error ? true : undefined}
        />
      </FieldFrame>
      <button type="submit" className="button">
        {t.uploadLogo}
      </button>
    </form>
  );
}
