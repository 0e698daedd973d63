import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import type { SupervisionAction } from '@shangliang/contracts';
import { conflict, forbidden, invalidField, notFound, wrongStage } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { CommunityScope, OrganisationDirectory } from '@shangliang/organisation';
import type { Tx } from '@shangliang/persistence';
import { ACTIONS_BY_CASE_KIND, type SupervisionActionCommand } from './supervision-action.command';
import { SupervisionCaseRepository, type SupervisionCaseRecord } from './supervision-case.repository';

/**
 * A supervisor (or, once a case has risen to the leadership, the vice-chair) acts on a supervision
 * case. The change, its line in the case's timeline and the `supervision.acted` event commit
 * together, keyed by the case and the action, so the workflow applies each once; a double click
 * finds the case already decided, or a notice already waiting, and writes nothing.
 */
@Injectable()
export class ActOnSupervisionCaseUseCase {
  constructor(
    private readonly cases: SupervisionCaseRepository,
    private readonly outbox: Outbox,
    private readonly scope: CommunityScope,
    private readonly directory: OrganisationDirectory,
  ) {}

  async execute(id: string, command: SupervisionActionCommand, staff: StaffPrincipal) {
    const found = await this.cases.findById(id);
    if (!found) throw notFound('supervision case');
    await this.checkMayAct(found, staff);
    if (!(ACTIONS_BY_CASE_KIND[found.kind] ?? []).includes(command.kind)) throw invalidField('kind', `a ${found.kind} case does not take "${command.kind}"`);
    const departmentId = command.kind === 'point_to_point' ? await this.department(command.departmentId ?? found.departmentId) : null;

    const { action, eventKey } = await this.cases.transaction(async (tx) => {
      const applied = await this.apply(tx, found, command, staff, departmentId);
      await this.cases.logAction(tx, id, command.kind, { ...command, kind: undefined }, staff.staffId);
      await this.outbox.add(tx, 'workflow-events', 'supervision.acted', { eventId: `${id}.${applied.eventKey}`, problemId: found.problemId, supervisionCaseId: id, action: applied.action });
      return applied;
    });
    this.outbox.flush();
    return { id, problemId: found.problemId, action: action.kind, key: eventKey };
  }

  private async apply(tx: Tx, found: SupervisionCaseRecord, command: SupervisionActionCommand, staff: StaffPrincipal, departmentId: string | null): Promise<{ action: SupervisionAction; eventKey: string }> {
    const now = new Date();
    const decide = async (decision: string, resolution: string | null, explanation: string | null) => {
      if (!(await this.cases.decide(tx, found.id, { decision, resolution, explanation, resolvedBy: staff.staffId, resolvedAt: now }))) throw alreadyDecided();
    };
    switch (command.kind) {
      case 'notice': {
        if (!found.departmentId) throw invalidField('kind', 'this case has no department to send a notice to');
        const noticeId = randomUUID();
        const issued = await this.cases.issueNotice(tx, { id: noticeId, caseId: found.id, departmentId: found.departmentId, text: command.text, dueAt: new Date(command.dueAt), issuedBy: staff.staffId });
        if (!issued) throw conflict('a supervision notice on this case is still waiting for the department');
        return { action: { kind: 'notice_issued', noticeId, dueAt: new Date(command.dueAt).toISOString() }, eventKey: `notice.${noticeId}` };
      }
      case 'point_to_point':
        await decide('point_to_point', command.note ?? null, null);
        return { action: { kind: 'point_to_point', departmentId: departmentId as string }, eventKey: 'point-to-point' };
      case 'finding':
        if (!(await this.cases.recordFinding(tx, found.id, { finding: command.finding, findingReasons: command.reasons, findingMeasures: command.measures ?? null }))) {
          throw wrongStage('this case already has its finding, or is closed');
        }
        return { action: { kind: 'finding', finding: command.finding }, eventKey: 'finding' };
      case 'close':
        await decide('closed', command.resolution, null);
        return { action: { kind: 'closed' }, eventKey: 'closed' };
      case 'another_round':
        await decide('another_round', command.note, null);
        return { action: { kind: 'another_round' }, eventKey: 'another-round' };
      case 'archive_unresolved':
        await decide('archive_unresolved', null, command.explanation);
        return { action: { kind: 'archive_unresolved', explanation: command.explanation }, eventKey: 'archive-unresolved' };
    }
  }

  /** Supervisors and admins of the council act; a vice-chair once the case has risen to them. */
  private async checkMayAct(found: SupervisionCaseRecord, staff: StaffPrincipal): Promise<void> {
    if (staff.role === 'vice_chair' && found.level !== 'leadership') throw forbidden('the vice-chair acts on a case once it has risen to the leadership');
    if (!((await this.scope.of(staff)) ?? []).includes(found.communityId)) throw forbidden('this case is outside your area');
    if (found.status !== 'open') throw alreadyDecided();
    if (!found.acts) throw wrongStage('this case was opened before supervisors could act on it: resolve it (POST /supervision-cases/:id/resolution)');
  }

  private async department(departmentId: string | null): Promise<string> {
    if (!departmentId) throw invalidField('departmentId', 'name the department to consult with');
    if (!(await this.directory.department(departmentId))) throw invalidField('departmentId', `unknown department "${departmentId}"`);
    return departmentId;
  }
}

/** The department answers a supervision notice (督办函) before its deadline. */
@Injectable()
export class AnswerSupervisionNoticeUseCase {
  constructor(
    private readonly cases: SupervisionCaseRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(noticeId: string, command: { answer: string }, staff: StaffPrincipal) {
    const notice = await this.cases.findNotice(noticeId);
    if (!notice) throw notFound('supervision notice');
    if (staff.role !== 'department' || staff.departmentId !== notice.departmentId) throw forbidden('only the department the notice was sent to answers it');
    if (notice.status !== 'issued') throw wrongStage(`this notice is already ${notice.status}`);
    const answeredAt = new Date();
    await this.cases.transaction(async (tx) => {
      if (!(await this.cases.answerNotice(tx, noticeId, { answer: command.answer, answeredBy: staff.staffId, answeredAt }))) {
        throw wrongStage("this notice's deadline has passed, or it was already answered");
      }
      await this.cases.logAction(tx, notice.caseId, 'notice_answered', { noticeId, answer: command.answer }, staff.staffId);
      await this.outbox.add(tx, 'workflow-events', 'supervision.acted', {
        eventId: `${notice.caseId}.notice-answered.${noticeId}`,
        problemId: notice.case.problemId,
        supervisionCaseId: notice.caseId,
        action: { kind: 'notice_answered', noticeId },
      });
    });
    this.outbox.flush();
    return { id: noticeId, status: 'answered' as const, answeredAt: answeredAt.toISOString() };
  }
}

const alreadyDecided = () => wrongStage('this supervision case is already closed');
