import { bootstrapService } from '@shangliang/http';
import { assignmentConfig, AssignmentModule } from './assignment.module';

bootstrapService(AssignmentModule, {
  name: 'assignment',
  title: 'Shangliang assignment',
  description: 'Staff sign-in; screening (定单) and claiming by council members (委员接单).',
  port: assignmentConfig.port,
  http: assignmentConfig.http,
  inbox: { queue: 'assignment', redis: assignmentConfig.redis },
}).catch((error: unknown) => {
  process.stderr.write(`assignment failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
