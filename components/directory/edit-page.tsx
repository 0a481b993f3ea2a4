import Link from "next/link";
import { MicroCredentialForm } from "@/components/directory/micro-credential-form";
import { StatusNotice } from "@/components/ui/notice";
import { formOptions } from "@/lib/directory/form";
import type { FormAction } from "@/lib/forms/state";
import { getMessages, localePath, type Locale } from "@/lib/i18n";

/**
 * The add and edit pages around the form: heading, notices, the warnings that do not stop
 * publication, and the form with only the strings it renders.
 */
export function EditMicroCredentialPage({
  locale,
  organisationName,
  organisationId,
  title,
  id,
  status,
  initial,
  notice,
  warnings,
  submit,
}: {
  locale: Locale;
  organisationName: string;
  organisationId: string;
  title: string;
  id?: string;
  status: "new" | "draft" | "review" | "published";
  initial: Record<string, string>;
  notice?: string;
  warnings: string[];
  submit: FormAction;
}) {
  const messages = getMessages(locale);
  const t = messages.directory;
  const notices: Record<string, string> = {
    created: t.manage.created,
    saved: status === "draft" ? t.manage.saved : t.manage.savedPublished,
    incomplete: t.manage.incomplete,
    cannotPublish: t.manage.cannotPublish,
  };
  return (
    <>
      <p className="caption">{organisationName}</p>
      <h1>{title}</h1>
      <StatusNotice text={notice ? notices[notice] : undefined} />
      {status === "review" ? <p className="notice">{t.manage.inReview}</p> : null}
      {warnings.length ? (
        <div className="notice notice-warning">
          <h2 className="notice-heading">{t.manage.warningsHeading}</h2>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <MicroCredentialForm
        submit={submit}
        locale={locale}
        organisationId={organisationId}
        id={id}
        status={status}
        initial={initial}
        options={formOptions(messages)}
        t={{
          fields: t.fields,
          sections: t.manage.sections,
          welshIntro: t.manage.welshIntro,
          saveDraft: t.manage.saveDraft,
          saveChanges: t.manage.saveChanges,
          saveAndPublish: t.manage.saveAndPublish,
        }}
        forms={messages.forms}
      />
      <p>
        <Link href={localePath(locale, "/provider/micro-credentials")}>{t.manage.back}</Link>
      </p>
    </>
  );
}
