import { ContentPage, contentPageMetadata } from "@/components/content/content-page";

const slug = "privacy";

export const generateMetadata = (props: PageProps<"/[locale]/privacy">) => contentPageMetadata(props, slug);

export default function Page(props: PageProps<"/[locale]/privacy">) {
  return <ContentPage {...props} slug={slug} />;
}
