import { LazyConsoleApp } from './console/lazy-console';
import { useI18n } from './i18n/i18n';
import { Link } from './components/link.component';
import { RaiseProblemPage } from './pages/raise-problem.page';
import { StudiosPage } from './pages/studios.page';
import { TrackProblemPage } from './pages/track-problem.page';
import { type Route, useRoute } from './routing/router';

export function App() {
  const route = useRoute();
  // The staff console has its own header, navigation and sign-in.
  if (route.page === 'console') return <LazyConsoleApp path={route.path} />;
  return (
    <>
      <SiteHeader route={route} />
      <main id="main" class="page">
        <CurrentPage route={route} />
      </main>
      <SiteFooter />
    </>
  );
}

function CurrentPage({ route }: { route: Route }) {
  switch (route.page) {
    case 'track':
      return <TrackProblemPage key={route.code ?? ''} code={route.code} />;
    case 'studios':
      return <StudiosPage />;
    default:
      return <RaiseProblemPage />;
  }
}

function SiteHeader({ route }: { route: Route }) {
  const { t, lang, setLang } = useI18n();
  return (
    <header class="site-header">
      <div class="site-header__bar">
        <Link href="/" class="site-header__brand">
          <span class="site-header__name">{t.site.name}</span>
          <span class="site-header__motto">{t.site.motto}</span>
        </Link>
        <button type="button" class="lang-switch" lang={lang === 'zh' ? 'en' : 'zh-CN'} aria-label={t.lang.switchLabel} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {t.lang.switchTo}
        </button>
      </div>
      <nav class="site-nav" aria-label={t.nav.label}>
        <Link href="/" current={route.page === 'raise'}>
          {t.nav.raise}
        </Link>
        <Link href="/track" current={route.page === 'track'}>
          {t.nav.track}
        </Link>
        <Link href="/studios" current={route.page === 'studios'}>
          {t.nav.studios}
        </Link>
      </nav>
    </header>
  );
}

function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer class="site-footer">
      <p>{t.site.footer}</p>
    </footer>
  );
}
