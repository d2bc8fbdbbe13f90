// The home page in English (Chinese: app/page.tsx).
import type { Metadata } from 'next';
import { HomePage } from '../../components/layout/home-page';

export const metadata: Metadata = {
  title: 'ctrlab: containerd study notes with a simulated node',
  description: 'Containerd study notes in Chinese and English, with a simulated node in the browser: ctr, crictl, nerdctl and docker print what a real node prints.',
};

export default function Page() {
  return <HomePage lang="en" />;
}
