import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Tx } from '@shangliang/persistence';
import { INTAKE_CONFIG, type IntakeConfig } from '../intake.config';
import { normalisePhone, phoneDigest } from './personal-data';

export interface ContactInput {
  name?: string;
  phone?: string;
  consentToCallback: boolean;
  consentToTexts?: boolean;
  locale?: 'zh' | 'en';
}

/** A report's consents: texts only to a number given with the report, in the chosen language. */
export function reporterConsent(contact: ContactInput | undefined) {
  return {
    consentToCallback: contact?.consentToCallback ?? false,
    consentToTexts: Boolean(contact?.phone && contact.consentToTexts),
    locale: contact?.locale ?? 'zh',
  };
}

/**
 * Residents' contact details (PIPL): stored once per phone number, apart from problem text,
 * found again by a keyed digest of the number.
 */
@Injectable()
export class ResidentContacts {
  constructor(@Inject(INTAKE_CONFIG) private readonly config: IntakeConfig) {}

  /** An anonymous resident (joined without contact details), so they can hold a tracking code. */
  async anonymous(tx: Tx): Promise<string> {
    return (await tx.residentContact.create({ data: { id: randomUUID(), consentToCallback: false } })).id;
  }

  /**
   * The row `upsert` would write for a contact (its id is used only if the number is new), or
   * null when nothing identifies the resident; for writers that upsert it in a statement of
   * their own. The phone number's digest is the conflict key.
   */
  rowFor(contact: ContactInput | undefined): { id: string; phoneDigest: string | null; phone: string | null; name: string | null; consentToCallback: boolean } | null {
    if (!contact || (!contact.phone && !contact.name)) return null;
    const phone = contact.phone ? normalisePhone(contact.phone) : null;
    return { id: randomUUID(), phoneDigest: phone && this.digest(phone), phone, name: contact.name ?? null, consentToCallback: contact.consentToCallback };
  }

  /** The contact's id, creating it if new; null when nothing identifies the resident. */
  async upsert(tx: Tx, contact: ContactInput | undefined): Promise<string | null> {
    if (!contact || (!contact.phone && !contact.name)) return null;
    if (!contact.phone) {
      const created = await tx.residentContact.create({ data: { id: randomUUID(), name: contact.name, consentToCallback: contact.consentToCallback } });
      return created.id;
    }
    const phone = normalisePhone(contact.phone);
    // Requests are unauthenticated: a number already on file is matched, never overwritten, so
    // nobody can rename a resident or switch their consent by typing their number. Consent is
    // kept per report (ProblemReporter).
    const row = await tx.residentContact.upsert({
      where: { phoneDigest: this.digest(phone) },
      create: { id: randomUUID(), phoneDigest: this.digest(phone), phone, name: contact.name, consentToCallback: contact.consentToCallback },
      update: {},
    });
    return row.id;
  }

  /**
   * A contact of the joiner's own, never someone else's record. Joining is public and proves
   * nothing about a number, so a number already on file is not linked: the joiner is recorded
   * without it (and the answer looks the same, so nobody learns whether a number is on file).
   */
  async ownContact(tx: Tx, contact: ContactInput | undefined): Promise<string> {
    if (!contact?.phone) return (await this.upsert(tx, contact)) ?? (await this.anonymous(tx));
    const phone = normalisePhone(contact.phone);
    const id = randomUUID();
    // Insert-if-absent in one statement, so two joins racing with one new number cannot both own it.
    const { count } = await tx.residentContact.createMany({
      data: [{ id, phoneDigest: this.digest(phone), phone, name: contact.name, consentToCallback: contact.consentToCallback }],
      skipDuplicates: true,
    });
    return count === 1 ? id : this.anonymous(tx);
  }

  digest(phone: string): string {
    return phoneDigest(phone, this.config.piiDigestSecret);
  }
}
