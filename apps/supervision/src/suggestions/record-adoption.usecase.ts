import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { startOfChinaDay } from '../calendar-date';
import { recordAdoptionSchema, type RecordAdoptionCommand } from './suggestion.commands';
import { assertStatus, parseCommand } from './suggestion-access';
import { SuggestionChange } from './suggestion-change';
import type { SuggestionView } from './suggestion.view';

/**
 * The body's answer to a submitted suggestion (采纳情况): adopted, partly adopted, not adopted
 * (with the reason), or still pending; the adopting body, the date and how it is being carried
 * out. Recorded again as the answer changes; the same answer twice is one.
 */
@Injectable()
export class RecordAdoptionUseCase {
  constructor(private readonly change: SuggestionChange) {}

  async execute(id: string, input: RecordAdoptionCommand, staff: StaffPrincipal): Promise<SuggestionView> {
    const command = parseCommand(recordAdoptionSchema, input);
    const patch = {
      adoption: command.adoption,
      adoptionReason: command.reason ?? null,
      adoptingBody: command.adoptingBody ?? null,
      adoptedAt: command.decidedOn ? startOfChinaDay(command.decidedOn) : null,
      implementationNotes: command.implementationNotes ?? null,
    };
    return this.change.apply(id, staff, (current) => {
      assertStatus(current, ['submitted'], 'record the adoption of');
      const same =
        current.adoption === patch.adoption &&
        current.adoptionReason === patch.adoptionReason &&
        current.adoptingBody === patch.adoptingBody &&
        (current.adoptedAt?.getTime() ?? null) === (patch.adoptedAt?.getTime() ?? null) &&
        current.implementationNotes === patch.implementationNotes;
      return same ? { kind: 'unchanged' } : { kind: 'change', action: 'adoption', patch };
    });
  }
}
