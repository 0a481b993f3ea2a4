import { NotFoundMessage } from "@/components/layout/not-found-message";
import { getMessages } from "@/lib/i18n";

// not-found.tsx receives no params: the message component picks the language on the client
// side of the render from the [locale] segment, so both languages are passed in.
export default function NotFound() {
  return <NotFoundMessage messages={{ en: getMessages("en"), cy: getMessages("cy") }} />;
}
