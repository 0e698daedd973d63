// `node dist/infra/seed/seed-demo.cli.js` — loads the demo city's organisation (103 localities,
// 18 communities, 226 members in balanced groups, departments, staff logins). Idempotent.
import { loadConfig } from '@shangliang/config';
import { createPrismaClient, databaseConfigFrom, databaseConfigSchema } from '@shangliang/persistence';
import { generateDemoCity, seedDemoOrganisation } from '@shangliang/organisation';
import { z } from 'zod';

const env = loadConfig(databaseConfigSchema.extend({ DEMO_SEED: z.string().default('shangliang-demo'), DEMO_PASSWORD: z.string().min(8).default('shangliang-demo') }));

async function main(): Promise<void> {
  const prisma = createPrismaClient(databaseConfigFrom(env));
  try {
    const city = generateDemoCity(env.DEMO_SEED);
    const { staffAccounts } = await seedDemoOrganisation(prisma, city, env.DEMO_PASSWORD);
    process.stdout.write(
      `demo organisation: ${city.localities.length} localities, ${city.communities.length} communities, ${city.members.length} members, ` +
        `${city.memberGroups.length} groups, ${city.departments.length} departments, ${staffAccounts} staff logins\n`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
