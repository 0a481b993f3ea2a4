import { StaffNav } from "@/components/staff/staff-nav";
import { requireStaff } from "@/lib/auth/session";
import { routeLocale } from "@/lib/i18n";

// Staff only (STAFF_EMAILS); others get a 404. Pages, actions, route handlers and the data layer
// check again. The staff area is in English only: on a Welsh address its content is marked
// lang="en" inside the Welsh site chrome, so screen readers read it in English.
export default async function StaffLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await routeLocale(params);
  await requireStaff(locale, "/staff");
  return (
    <div lang={locale === "en" ? undefined : "en"}>
      {locale === "en" ? null : (
        <p className="caption" lang="cy">
          Mae ardal y staff yn Saesneg yn unig.
        </p>
      )}
      <StaffNav locale={locale} />
      {children}
    </div>
  );
}
