import type { ReactNode } from 'react';

export const metadata = { title: 'okta-verify-signin in Next.js', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
