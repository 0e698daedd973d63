import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { WorkflowEvent } from '@shangliang/contracts';
import { ProblemWorkflowsService } from './problem-workflows.service';

/**
 * The only door from the services into the workflows: each event on the `workflow-events`
 * queue becomes a workflow start or a signal.
 */
@Controller()
export class WorkflowEventsController {
  constructor(private readonly workflows: ProblemWorkflowsService) {}

  @EventPattern('problem.submitted')
  problemSubmitted(@Payload() event: WorkflowEvent<'problem.submitted'>) {
    return this.workflows.start(event);
  }

  @EventPattern('screening.decided')
  screeningDecided(@Payload() event: WorkflowEvent<'screening.decided'>) {
    return this.workflows.signal('screening.decided', event);
  }

  @EventPattern('team.formed')
  teamFormed(@Payload() event: WorkflowEvent<'team.formed'>) {
    return this.workflows.signal('team.formed', event);
  }

  @EventPattern('consultation.concluded')
  consultationConcluded(@Payload() event: WorkflowEvent<'consultation.concluded'>) {
    return this.workflows.signal('consultation.concluded', event);
  }

  @EventPattern('department.responded')
  departmentResponded(@Payload() event: WorkflowEvent<'department.responded'>) {
    return this.workflows.signal('department.responded', event);
  }

  @EventPattern('referral.stepped')
  referralStepped(@Payload() event: WorkflowEvent<'referral.stepped'>) {
    return this.workflows.signal('referral.stepped', event);
  }

  @EventPattern('supervision-case.resolved')
  supervisionCaseResolved(@Payload() event: WorkflowEvent<'supervision-case.resolved'>) {
    return this.workflows.signal('supervision-case.resolved', event);
  }

  @EventPattern('problem.merged')
  problemMerged(@Payload() event: WorkflowEvent<'problem.merged'>) {
    return this.workflows.signal('problem.merged', event);
  }

  @EventPattern('problem.unmerged')
  problemUnmerged(@Payload() event: WorkflowEvent<'problem.unmerged'>) {
    return this.workflows.signal('problem.unmerged', event);
  }

  @EventPattern('problem.merge-settled')
  problemMergeSettled(@Payload() event: WorkflowEvent<'problem.merge-settled'>) {
    return this.workflows.signal('problem.merge-settled', event);
  }

  @EventPattern('clock.paused')
  clockPaused(@Payload() event: WorkflowEvent<'clock.paused'>) {
    return this.workflows.signal('clock.paused', event);
  }

  @EventPattern('clock.resumed')
  clockResumed(@Payload() event: WorkflowEvent<'clock.resumed'>) {
    return this.workflows.signal('clock.resumed', event);
  }

  @EventPattern('follow-up.recorded')
  followUpRecorded(@Payload() event: WorkflowEvent<'follow-up.recorded'>) {
    return this.workflows.signal('follow-up.recorded', event);
  }

  @EventPattern('supervision.acted')
  supervisionActed(@Payload() event: WorkflowEvent<'supervision.acted'>) {
    return this.workflows.signal('supervision.acted', event);
  }
}
