// `node dist/infra/seed/seed-demo.cli.js [--demo-accounts]` — loads the demo city's organisation
// (103 localities, 18 communities, 226 members in balanced groups, departments) and a second,
// county council, and the demo departments' notification channels (to the local SMS sink and
// Mailpit). Demo staff logins, all sharing DEMO_PASSWORD, are created only when asked for
// with --demo-accounts (`npm start` and `npm test` ask); never in production with a committed
// password. Idempotent.
import { loadConfig } from '@shangliang/config';
import { createPrismaClient, databaseConfigFrom, databaseConfigSchema } from '@shangliang/persistence';
import { generateDemoCity, generateDemoCounty, seedDemoOrganisation } from '@shangliang/organisation';
import { z } from 'zod';
import { seedDemoNotifications } from './seed-demo-notifications';

const withAccounts = process.argv.includes('--demo-accounts');
const env = loadConfig(
  databaseConfigSchema.extend({
    DEMO_SEED: z.string().default('shangliang-demo'),
    DEMO_PASSWORD: withAccounts ? z.string().min(8).default('shangliang-demo') : z.string().optional(),
    /** The local SMS sink the demo departments' texts and webhooks go to. */
    SMS_SINK_URL: z.url().default('http://127.0.0.1:3007'),
    /** Demo logins take e-mail too (npm start); tests choose their channels themselves. */
    DEMO_STAFF_EMAIL: z.enum(['true', 'false']).default('false'),
  }),
);

async function main(): Promise<void> {
  const prisma = createPrismaClient(databaseConfigFrom(env));
  try {
    const password = withAccounts ? (env.DEMO_PASSWORD ?? null) : null;
    const city = generateDemoCity(env.DEMO_SEED);
    const county = generateDemoCounty();
    const cityLogins = await seedDemoOrganisation(prisma, city, password);
    const countyLogins = await seedDemoOrganisation(prisma, county, password, { parentCouncilId: city.council.id, loginPrefix: 'county-' });
    await seedDemoNotifications(prisma, city, { smsSinkUrl: env.SMS_SINK_URL, staffEmail: withAccounts && env.DEMO_STAFF_EMAIL === 'true' });
    await seedDemoNotifications(prisma, county, { smsSinkUrl: env.SMS_SINK_URL, staffEmail: withAccounts && env.DEMO_STAFF_EMAIL === 'true', loginPrefix: 'county-' });
    for (const [council, { staffAccounts }] of [[city, cityLogins], [county, countyLogins]] as const) {
      process.stdout.write(
        `${council.council.name}: ${council.localities.length} localities, ${council.communities.length} communities, ${council.members.length} members, ` +
          `${council.memberGroups.length} groups, ${council.departments.length} departments, ${staffAccounts} staff logins\n`,
      );
    }
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
