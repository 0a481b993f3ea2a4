import { NotFoundMessage } from "@/components/layout/not-found-message";
import { getMessages, pick } from "@/lib/i18n";

// not-found.tsx receives no params: the message component picks the language on the client
// side of the render from the [locale] segment, so both languages are passed in. Only the
// not-found strings: whatever a client component receives here is in every page's payload.
export default function NotFound() {
  return <NotFoundMessage messages={{ en: pick(getMessages("en"), ["notFound"]), cy: pick(getMessages("cy"), ["notFound"]) }} />;
}
