import { bootstrapService } from '@shangliang/http';
import { intakeConfig, IntakeModule } from './intake.module';
import { Open311ExceptionFilter } from './open311/open311.filter';

bootstrapService(IntakeModule, {
  name: 'intake',
  title: 'Shangliang intake',
  description: 'Residents raise problems (群众点单); the problem bank and its history.',
  port: intakeConfig.port,
  http: intakeConfig.http,
  // Open311 clients get every error in the GeoReport v2 format, even for a body never parsed.
  errorFormats: [{ pathPrefix: '/open311/', filter: new Open311ExceptionFilter() }],
  inbox: { queue: 'intake', redis: intakeConfig.redis },
}).catch((error: unknown) => {
  process.stderr.write(`intake failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
