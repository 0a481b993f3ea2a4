import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldFrame, TextField, describedBy } from "@/components/ui/field";
import { FileInput } from "@/components/ui/file-input";
import type { Locale, Messages } from "@/lib/i18n";

/**
 * The logo step's form: a plain multipart form posted to /api/provider/logo, which has its own
 * size limit and answers with a redirect back to the logo page (so it works the same without
 * JavaScript). It carries the logo's description too, before the file, so that even when the file
 * is refused as too large the description typed can be shown again.
 */
export function LogoForm({
  locale,
  organisationId,
  t,
  forms,
  alt,
  logoError,
  altError,
}: {
  locale: Locale;
  organisationId: string;
  t: Messages["provider"];
  forms: Messages["forms"];
  alt: string;
  logoError?: string;
  altError?: string;
}) {
  const errors = [
    ...(logoError ? [{ field: "logo", message: logoError }] : []),
    ...(altError ? [{ field: "logoAlt", message: altError }] : []),
  ];
  return (
    <form action="/api/provider/logo" method="post" encType="multipart/form-data" noValidate className="form">
      <ErrorSummary title={forms.errorSummary} errors={errors} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        id="logoAlt"
        label={
          <>
            {t.fields.logoAlt.label} {forms.optional}
          </>
        }
        hint={t.fields.logoAlt.hint}
        error={altError}
        errorPrefix={forms.errorPrefix}
        defaultValue={alt}
      />
      <FieldFrame id="logo" label={t.fields.logo.label} hint={t.fields.logo.hint} error={logoError} errorPrefix={forms.errorPrefix}>
        <FileInput
          id="logo"
          name="logo"
          accept="image/png,image/jpeg,image/webp,image/svg+xml"
          aria-describedby={describedBy("logo", true, logoError)}
          aria-invalid={logoError ? true : undefined}
          choose={t.chooseFile}
          noFile={t.noFileChosen}
        />
      </FieldFrame>
      <button type="submit" className="button">
        {t.uploadLogo}
      </button>
    </form>
  );
}
