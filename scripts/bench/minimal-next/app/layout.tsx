import type { ReactNode } from "react";

export const metadata = { title: "About – MIC.SIG" };

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
