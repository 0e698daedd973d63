import { bootstrapService } from '@shangliang/http';
import { supervisionConfig, SupervisionModule } from './supervision.module';

bootstrapService(SupervisionModule, {
  name: 'supervision',
  title: 'Shangliang supervision',
  description: 'Follow up and supervise (跟进督单): democratic supervision (民主监督) of slow departments, call-backs to residents (回访), and the case bank (解决问题案例库).',
  port: supervisionConfig.port,
  http: supervisionConfig.http,
  inbox: { queue: 'supervision', redis: supervisionConfig.redis },
}).catch((error: unknown) => {
  process.stderr.write(`supervision failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
