import { Injectable } from '@nestjs/common';
import { hashPassword, needsRehash } from '@shangliang/auth';
import { PrismaService } from '@shangliang/persistence';

/**
 * The credential columns of staff accounts, for sign-in and for changing one's own password.
 * Kept beside the admin use cases because staff accounts are organisation data.
 */
@Injectable()
export class StaffCredentials {
  constructor(private readonly prisma: PrismaService) {}

  findByUsername(username: string) {
    return this.prisma.staffAccount.findUnique({ where: { username } });
  }

  findById(id: string) {
    return this.prisma.staffAccount.findUnique({ where: { id } });
  }

  /**
   * After a successful sign-in with a hash made at a lower cost, store one at today's cost. Only
   * if the hash is still the one that was checked, so a concurrent reset is never overwritten.
   */
  async upgradeIfWeak(id: string, checkedHash: string, password: string): Promise<void> {
    if (!needsRehash(checkedHash)) return;
    await this.prisma.staffAccount.updateMany({ where: { id, passwordHash: checkedHash }, data: { passwordHash: await hashPassword(password) } });
  }

  /**
   * A new password of the account's own choosing. Other sessions end (the version moves on) and
   * the one-time password of a reset stops working. Returns the new session version, or null when
   * the hash changed meanwhile.
   */
  async replace(id: string, checkedHash: string, newPassword: string): Promise<number | null> {
    const passwordHash = await hashPassword(newPassword);
    const [updated] = await this.prisma.$transaction([
      this.prisma.staffAccount.updateMany({
        where: { id, passwordHash: checkedHash, active: true },
        data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
      }),
    ]);
    if (updated.count === 0) return null;
    return (await this.prisma.staffAccount.findUnique({ where: { id }, select: { sessionVersion: true } }))?.sessionVersion ?? null;
  }
}
