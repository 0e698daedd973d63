import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { conflict, invalidField, notFound } from '@shangliang/http';
import { isUniqueViolation } from '@shangliang/persistence';
import { HotlinePartnerRepository } from './hotline-partner.repository';
import { hotlinePartnerView, type HotlinePartnerView } from './hotline-partner.view';

const callbackUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(500);

export const createPartnerSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, 'must be 2–32 lower-case letters, digits or "-"'),
    name: z.string().trim().min(2).max(100),
    callbackUrl: callbackUrl.optional(),
  })
  .strict();
export class CreatePartnerDto extends createZodDto(createPartnerSchema) {}

export const updatePartnerSchema = z
  .object({
    name: z.string().trim().min(2).max(100).optional(),
    callbackUrl: callbackUrl.nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict();
export class UpdatePartnerDto extends createZodDto(updatePartnerSchema) {}

/** 32 random bytes, hex: the HMAC key the partner signs with (and we sign callbacks with). */
export function newPartnerSecret(): string {
  return randomBytes(32).toString('hex');
}

/**
 * Admins register the call centres that may post work orders. The generated secret is in the
 * creation response only; a partner that loses it is given a new partner record by the admin.
 */
@Injectable()
export class HotlinePartnersUseCase {
  constructor(private readonly partners: HotlinePartnerRepository) {}

  async create(councilId: string, command: z.output<typeof createPartnerSchema>, secret: string = newPartnerSecret()): Promise<HotlinePartnerView & { secret: string }> {
    if (secret.length < 32) throw invalidField('secret', 'must be at least 32 characters');
    try {
      const partner = await this.partners.create({ id: command.id, name: command.name, councilId, secret, callbackUrl: command.callbackUrl ?? null });
      return { ...hotlinePartnerView(partner), secret };
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`hotline partner "${command.id}" already exists`);
      throw error;
    }
  }

  async update(councilId: string, id: string, command: z.output<typeof updatePartnerSchema>): Promise<HotlinePartnerView> {
    if (!(await this.partners.findInCouncil(id, councilId))) throw notFound('hotline partner');
    return hotlinePartnerView(await this.partners.update(id, command));
  }

  async list(councilId: string): Promise<HotlinePartnerView[]> {
    return (await this.partners.list(councilId)).map(hotlinePartnerView);
  }
}
