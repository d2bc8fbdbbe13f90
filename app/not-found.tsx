import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>404</h1>
      <p>这个页面不存在。 This page does not exist.</p>
      <p>
        <Link href="/">ctrlab</Link>
      </p>
    </div>
  );
}
