import { ContentPage, contentPageMetadata } from "@/components/content/content-page";

const slug = "about";

export const generateMetadata = (props: PageProps<"/[locale]/about">) => contentPageMetadata(props, slug);

export default function Page(props: PageProps<"/[locale]/about">) {
  return <ContentPage {...props} slug={slug} />;
}
