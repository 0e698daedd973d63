import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type ConsoleAppComponent = FunctionComponent<{ path: string }>;

/** The console is its own chunk: residents never download it. */
export function LazyConsoleApp({ path }: { path: string }) {
  const [ConsoleApp, setConsoleApp] = useState<ConsoleAppComponent | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('./console-app').then(
      (module) => setConsoleApp(() => module.ConsoleApp),
      () => setFailed(true),
    );
  }, []);
  if (ConsoleApp) return <ConsoleApp path={path} />;
  return (
    <p class="console-boot" role={failed ? 'alert' : 'status'}>
      {failed ? '工作台加载失败，请刷新页面。The console failed to load; please reload.' : '正在加载… Loading…'}
    </p>
  );
}
