import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { queryValue } from "@/lib/i18n";

// next-auth sends failed sign-ins (an expired or reused link) here with one fixed address; send
// the person to the sign-in page in the language they started in, with the reason.
export default async function AuthErrorPage({ searchParams }: PageProps<"/[locale]/auth-error">) {
  const error = queryValue((await searchParams).error) ?? "Default";
  const jar = await cookies();
  const callback = jar.get("__Secure-authjs.callback-url")?.value ?? jar.get("authjs.callback-url")?.value ?? "";
  const welsh = /^(https?:\/\/[^/]+)?\/cy(\/|$)/.test(decodeURIComponent(callback));
  redirect(`${welsh ? "/cy" : ""}/sign-in?error=${encodeURIComponent(error.replace(/[^A-Za-z]/g, ""))}`);
}
