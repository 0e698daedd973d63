import { bootstrapService } from '@shangliang/http';
import { intakeConfig, IntakeModule } from './intake.module';

bootstrapService(IntakeModule, {
  name: 'intake',
  title: 'Shangliang intake',
  description: 'Residents raise problems (群众点单); the problem bank and its history.',
  port: intakeConfig.port,
  inbox: { queue: 'intake', redis: intakeConfig.redis },
}).catch((error: unknown) => {
  process.stderr.write(`intake failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
