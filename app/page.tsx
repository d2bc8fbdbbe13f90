// The home page in Chinese, the default language (English: app/en/page.tsx).
import { HomePage } from '../components/layout/home-page';

export default function Page() {
  return <HomePage lang="zh" />;
}
