import { ContentPage, contentPageMetadata } from "@/components/content/content-page";

const slug = "accessibility";

export const generateMetadata = (props: PageProps<"/[locale]/accessibility">) => contentPageMetadata(props, slug);

export default function Page(props: PageProps<"/[locale]/accessibility">) {
  return <ContentPage {...props} slug={slug} />;
}
