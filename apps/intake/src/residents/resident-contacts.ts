import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Tx } from '@shangliang/persistence';
import { INTAKE_CONFIG, type IntakeConfig } from '../intake.config';
import { normalisePhone, phoneDigest } from './personal-data';

export interface ContactInput {
  name?: string;
  phone?: string;
  consentToCallback: boolean;
}

/**
 * Residents' contact details (PIPL): stored once per phone number, apart from problem text,
 * found again by a keyed digest of the number.
 */
@Injectable()
export class ResidentContacts {
  constructor(@Inject(INTAKE_CONFIG) private readonly config: IntakeConfig) {}

  /** The contact's id, creating or updating it; null when nothing identifies the resident. */
  async upsert(tx: Tx, contact: ContactInput | undefined): Promise<string | null> {
    if (!contact || (!contact.phone && !contact.name)) return null;
    if (!contact.phone) {
      const created = await tx.residentContact.create({ data: { id: randomUUID(), name: contact.name, consentToCallback: contact.consentToCallback } });
      return created.id;
    }
    const phone = normalisePhone(contact.phone);
    const row = await tx.residentContact.upsert({
      where: { phoneDigest: this.digest(phone) },
      create: { id: randomUUID(), phoneDigest: this.digest(phone), phone, name: contact.name, consentToCallback: contact.consentToCallback },
      update: { consentToCallback: contact.consentToCallback || undefined, name: contact.name ?? undefined },
    });
    return row.id;
  }

  digest(phone: string): string {
    return phoneDigest(phone, this.config.piiDigestSecret);
  }
}
