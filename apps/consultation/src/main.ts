import { bootstrapService } from '@shangliang/http';
import { consultationConfig, ConsultationModule } from './consultation.module';

bootstrapService(ConsultationModule, {
  name: 'consultation',
  title: 'Shangliang consultation',
  description: 'Consult and resolve (协商解单): consultation items, their consultations and outcomes, and referrals to departments with their escalation ladder.',
  port: consultationConfig.port,
  http: consultationConfig.http,
  inbox: { queue: 'consultation', redis: consultationConfig.redis },
}).catch((error: unknown) => {
  process.stderr.write(`consultation failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
