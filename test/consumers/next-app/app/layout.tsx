import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'react-bind-phone/styles.css';

export const metadata: Metadata = {
  title: 'Account settings',
  icons: { icon: 'data:,' },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
