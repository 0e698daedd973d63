import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import type { ConsultationForm } from '@shangliang/contracts';
import { conflict, forbidden, invalidField, notFound, wrongStage } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { OrganisationDirectory } from '@shangliang/organisation';
import { checkPhoto, PHOTO_EXTENSIONS, PHOTO_STORAGE, type PhotoStorage, type UploadedPhoto } from '@shangliang/photos';
import { ConsultationItemQueries } from '../consultation-items/consultation-item.queries';
import { ConsultationItemRepository, type ConsultationItemRecord } from '../consultation-items/consultation-item.repository';
import { ItemConclusion } from '../consultation-items/item-conclusion';
import { isOnTeam } from '../consultation-items/item-visibility';
import type { ConcludeItemCommand, RecordSessionCommand } from './consultation-session.command';
import { ConsultationSessionRepository } from './consultation-session.repository';

/** Enough to show a session: the room, the table, the site visit. */
export const MAX_SESSION_PHOTOS = 10;

/**
 * The team records a session of its consultation (协商解单 may take several: a site visit, a
 * meeting with the department, a point-to-point meeting). It does not conclude the item.
 */
@Injectable()
export class RecordSessionUseCase {
  constructor(
    private readonly items: ConsultationItemRepository,
    private readonly directory: OrganisationDirectory,
  ) {}

  async execute(problemId: string, command: RecordSessionCommand, staff: StaffPrincipal) {
    const item = await teamItem(this.items, problemId, staff);
    if (item.status !== 'open') throw wrongStage('this item is concluded; a reopened item takes sessions again');
    const venue = await this.venue(command);
    await this.checkPeople(item, command);
    const id = randomUUID();
    await this.items.transaction((tx) =>
      this.items.addConsultation(tx, {
        id,
        problemId,
        round: item.round,
        form: command.form,
        heldAt: new Date(command.heldAt),
        venue,
        studioId: command.studioId ?? null,
        participants: { residentRepresentatives: command.residentRepresentatives.count, departmentIds: command.departmentIds, notes: null },
        attendedMemberIds: command.attendedMemberIds,
        representativeNames: command.residentRepresentatives.named.map((r) => r.name),
        agenda: command.agenda,
        minutes: command.minutes,
        decisions: command.decisions ?? null,
        summary: command.decisions ?? command.agenda,
        outcome: null,
        concludedAt: null,
        recordedBy: staff.staffId,
      }),
    );
    return { id, problemId, round: item.round, form: command.form, venue };
  }

  private async venue(command: RecordSessionCommand): Promise<string> {
    if (!command.studioId) return command.venue as string;
    const studio = await this.directory.studio(command.studioId);
    if (!studio) throw invalidField('studioId', `no studio "${command.studioId}" in the directory`);
    return command.venue ? `${studio.name}（${command.venue}）` : `${studio.name}（${studio.address}）`;
  }

  /** Members who attended are the item's group's; departments exist. */
  private async checkPeople(item: ConsultationItemRecord, command: RecordSessionCommand): Promise<void> {
    for (const [index, memberId] of command.attendedMemberIds.entries()) {
      if (!(await this.directory.member(memberId))) throw invalidField(`attendedMemberIds.${index}`, `unknown member "${memberId}"`);
    }
    for (const [index, departmentId] of command.departmentIds.entries()) {
      if (!(await this.directory.department(departmentId))) throw invalidField(`departmentIds.${index}`, `unknown department "${departmentId}"`);
    }
    if (!command.attendedMemberIds.some((m) => m === item.leadMemberId || item.memberIds.includes(m)) && command.attendedMemberIds.length > 0) {
      throw invalidField('attendedMemberIds', "at least one of the item's team attends its session");
    }
  }
}

/**
 * The team lead concludes the item with its outcome when the team is done: the round's latest
 * session carries it, and the problem moves on (解单). Once per round.
 */
@Injectable()
export class ConcludeItemUseCase {
  constructor(
    private readonly items: ConsultationItemRepository,
    private readonly sessions: ConsultationSessionRepository,
    private readonly conclusion: ItemConclusion,
    private readonly outbox: Outbox,
  ) {}

  async execute(problemId: string, command: ConcludeItemCommand, staff: StaffPrincipal) {
    const item = await this.items.findById(problemId);
    if (!item) throw notFound('consultation item');
    if (staff.role !== 'admin' && item.leadMemberId !== staff.memberId) throw forbidden('the team lead concludes the item');
    await this.conclusion.check(item, command.referral);
    const session = await this.sessions.latestOpen(problemId, item.round);
    if (!session) throw conflict('record the round’s session(s) before concluding');
    const referralId = await this.items.transaction(async (tx) => {
      if (!(await this.sessions.markConcluding(tx, session.id, command.outcome, command.summary))) throw conflict('this session already concluded the item');
      return this.conclusion.conclude(tx, item, { consultationId: session.id, form: session.form as ConsultationForm, outcome: command.outcome, referral: command.referral });
    });
    this.outbox.flush();
    return { problemId, consultationId: session.id, outcome: command.outcome, referralId };
  }
}

/** Photos of a session (metadata removed), stored first and recorded second. */
@Injectable()
export class SessionPhotosUseCase {
  private readonly logger = new Logger(SessionPhotosUseCase.name);

  constructor(
    private readonly items: ConsultationItemRepository,
    private readonly queries: ConsultationItemQueries,
    private readonly sessions: ConsultationSessionRepository,
    @Inject(PHOTO_STORAGE) private readonly storage: PhotoStorage,
  ) {}

  async attach(problemId: string, sessionId: string, file: UploadedPhoto | undefined, staff: StaffPrincipal) {
    await teamItem(this.items, problemId, staff);
    const session = await this.sessions.findSession(problemId, sessionId);
    if (!session) throw notFound('session');
    const { buffer, contentType } = checkPhoto(file);
    const id = randomUUID();
    const storageKey = `consultations/${session.id}/${id}.${PHOTO_EXTENSIONS[contentType]}`;
    await this.storage.put(storageKey, buffer, contentType);
    const row = await this.sessions
      .addPhotoWithinCap({ id, consultationId: session.id, storageKey, contentType, size: buffer.length, uploadedBy: staff.staffId }, MAX_SESSION_PHOTOS)
      .catch(async (error: unknown) => {
        await this.remove(storageKey);
        throw error;
      });
    if (!row) {
      await this.remove(storageKey);
      throw conflict(`a session can have at most ${MAX_SESSION_PHOTOS} photos`);
    }
    return { id: row.id, contentType: row.contentType, size: row.size, createdAt: row.createdAt.toISOString() };
  }

  /** A session's photo, to whoever may see the item. */
  async open(problemId: string, sessionId: string, photoId: string, staff: StaffPrincipal): Promise<{ stream: Readable; contentType: string; size: number }> {
    await this.queries.get(problemId, staff);
    const photo = await this.sessions.findPhoto(sessionId, photoId);
    const stream = photo && (await this.storage.open(photo.storageKey));
    if (!photo || !stream) throw notFound('photo');
    return { stream, contentType: photo.contentType, size: photo.size };
  }

  private async remove(storageKey: string): Promise<void> {
    await this.storage.remove(storageKey).catch(() => this.logger.warn(`orphaned session photo object ${storageKey}`));
  }
}

async function teamItem(items: ConsultationItemRepository, problemId: string, staff: StaffPrincipal): Promise<ConsultationItemRecord> {
  const item = await items.findById(problemId);
  if (!item) throw notFound('consultation item');
  if (staff.role !== 'admin' && !isOnTeam(item, staff.memberId)) throw forbidden("only the item's team records its sessions");
  return item;
}
