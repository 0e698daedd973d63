import type { PrismaClient } from '@shangliang/persistence';
import { type DemoCity, demoDepartmentChannels, demoStaffAccounts, demoStaffPreferences } from '@shangliang/organisation';

/**
 * The demo council's notification settings (the notifications context's tables): each
 * department's channels pointing at the local SMS sink and Mailpit, and — when asked —
 * every demo login taking e-mail. Idempotent: what an admin or a member of staff changed is kept.
 */
export async function seedDemoNotifications(prisma: PrismaClient, city: DemoCity, options: { smsSinkUrl: string; /** Demo logins (seeded already) take e-mail. */ staffEmail: boolean; loginPrefix?: string }): Promise<void> {
  await prisma.departmentChannel.createMany({ data: demoDepartmentChannels(city, options.smsSinkUrl), skipDuplicates: true });
  if (options.staffEmail) {
    await prisma.staffNotificationPreference.createMany({ data: demoStaffPreferences(demoStaffAccounts(city, options.loginPrefix)), skipDuplicates: true });
  }
}
