import { ContentPage, contentPageMetadata } from "@/components/content/content-page";

const slug = "contact";

export const generateMetadata = (props: PageProps<"/[locale]/contact">) => contentPageMetadata(props, slug);

export default function Page(props: PageProps<"/[locale]/contact">) {
  return <ContentPage {...props} slug={slug} />;
}
