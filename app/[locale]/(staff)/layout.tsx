import { requireStaff } from "@/lib/auth/session";
import { routeLocale } from "@/lib/i18n";

// Staff only (STAFF_EMAILS); others get a 404. Actions and the data layer check again.
export default async function StaffLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await routeLocale(params);
  await requireStaff(locale, "/staff");
  return children;
}
