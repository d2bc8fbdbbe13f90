// Light and dark: the page follows the system setting (prefers-color-scheme) until the reader
// picks one with the toggle, which is remembered in localStorage. The choice is the `data-theme`
// attribute of <html>, set before first paint by THEME_SCRIPT (app/layout.tsx), so a dark page
// never flashes light. Widgets that draw their own colours (the xterm terminal) follow with
// onThemeChange.

export type Theme = 'light' | 'dark';

const THEME_KEY = 'ctrlab-theme';

/** Runs in <head> before the body paints: the remembered choice, else the system's. */
export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem('${THEME_KEY}');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){}})()`;

export function currentTheme(): Theme {
  if (typeof document === 'undefined') return 'dark';
  const set = document.documentElement.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The remembered choice, else the system's: what THEME_SCRIPT sets before paint. */
function preferredTheme(): Theme {
  try {
    const chosen = localStorage.getItem(THEME_KEY);
    if (chosen === 'light' || chosen === 'dark') return chosen;
  } catch {
    // no storage: follow the system
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Puts data-theme back when something took it away: when hydration fails anywhere on a page,
 * React renders the document again from its own tree, and <html> loses the attribute the script
 * set (a dark page turned light that way when the session bar's text did not match).
 */
export function keepTheme(): void {
  if (!document.documentElement.dataset.theme) document.documentElement.dataset.theme = preferredTheme();
}

/** Sets and remembers the reader's choice. */
export function chooseTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // storage refused (private mode): the choice holds for this page only
  }
}

/** Calls `listener` whenever the page's theme changes (the toggle, or the system setting when
 * the reader has not chosen); returns the unsubscribe function. */
export function onThemeChange(listener: (theme: Theme) => void): () => void {
  const observer = new MutationObserver(() => listener(currentTheme()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = matchMedia('(prefers-color-scheme: dark)');
  // Without a remembered choice the preferred theme is the system's new one.
  const followSystem = () => {
    document.documentElement.dataset.theme = preferredTheme();
  };
  media.addEventListener('change', followSystem);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', followSystem);
  };
}
