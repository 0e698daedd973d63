import { Injectable, Logger } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { ConsultationItemRepository } from './consultation-item.repository';

type ConsultationRequested = PayloadOf<'consultation', 'consultation.requested'>;

/**
 * The workflow hands the formed team its item (协商解单). One item per problem: a redelivered or
 * retried command finds the item already there and changes nothing.
 */
@Injectable()
export class OpenConsultationItemUseCase {
  private readonly logger = new Logger(OpenConsultationItemUseCase.name);

  constructor(private readonly items: ConsultationItemRepository) {}

  async execute(command: ConsultationRequested): Promise<void> {
    const created = await this.items.open(command);
    if (created) this.logger.log(`consultation item opened for ${command.reference} (problem ${command.problemId}, team of ${command.memberIds.length})`);
    else this.logger.debug(`consultation item for problem ${command.problemId} already open (command ${command.commandId})`);
  }
}
