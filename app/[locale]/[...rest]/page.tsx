import { notFound } from "next/navigation";

// Any address under a language that no route matches: render that language's not-found page.
export default function UnknownPage() {
  notFound();
}
