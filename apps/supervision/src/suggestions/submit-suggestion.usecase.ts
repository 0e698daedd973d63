import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { conflict, invalidField } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';
import { startOfChinaDay } from '../calendar-date';
import { submitSuggestionSchema, type SubmitSuggestionCommand } from './suggestion.commands';
import { assertStatus, parseCommand } from './suggestion-access';
import { SuggestionChange } from './suggestion-change';
import type { SuggestionView } from './suggestion.view';

/**
 * An approved suggestion is submitted (报送) to a named body on a date and awaits its answer
 * (adoption pending). Submitting again the same way is answered as done; differently, refused.
 */
@Injectable()
export class SubmitSuggestionUseCase {
  constructor(
    private readonly change: SuggestionChange,
    private readonly directory: OrganisationDirectory,
  ) {}

  async execute(id: string, input: SubmitSuggestionCommand, staff: StaffPrincipal): Promise<SuggestionView> {
    const command = parseCommand(submitSuggestionSchema, input);
    if (command.toKind === 'department') {
      const department = await this.directory.department(command.to);
      if (!department || department.councilId !== staff.councilId) throw invalidField('to', `no department ${command.to} in your council`);
    }
    const submittedAt = startOfChinaDay(command.submittedOn);
    if (submittedAt.getTime() > Date.now() + 24 * 3600_000) throw invalidField('submittedOn', 'cannot be in the future');
    return this.change.apply(id, staff, (current) => {
      if (current.status === 'submitted') {
        const same = current.submittedToKind === command.toKind && current.submittedTo === command.to && current.submittedAt?.getTime() === submittedAt.getTime();
        if (same) return { kind: 'unchanged' };
        throw conflict(`suggestion ${current.reference} was already submitted to ${current.submittedTo}`);
      }
      assertStatus(current, ['approved'], 'submit');
      return { kind: 'change', action: 'submit', patch: { status: 'submitted', submittedToKind: command.toKind, submittedTo: command.to, submittedAt, adoption: 'pending' } };
    });
  }
}
