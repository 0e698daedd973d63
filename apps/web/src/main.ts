import 'reflect-metadata';
import { loadConfig } from '@shangliang/config';
import { keepConnectionsOpenLongerThanClients, runInProcesses } from '@shangliang/http';
import { createWebApp } from './web-app';
import { webConfigFrom, webEnv } from './web.config';

const config = webConfigFrom(loadConfig(webEnv));

async function bootstrap() {
  const app = await createWebApp(config);
  await app.listen(config.port, '0.0.0.0');
  keepConnectionsOpenLongerThanClients(app);
  return app;
}

runInProcesses('web', config.processes, bootstrap).catch((error: unknown) => {
  process.stderr.write(`web failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
