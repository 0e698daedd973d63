import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { z } from 'zod';
import {
  consultationFiguresAnswerSchema,
  type ConsultationFiguresRange,
  intakeFiguresAnswerSchema,
  type IntakeFiguresRange,
  type InternalFiguresRequest,
} from '@shangliang/contracts';
import { INTERNAL_SIGNATURE_HEADER, signInternalRequest } from '@shangliang/http';
import { SUPERVISION_CONFIG, type SupervisionConfig } from '../supervision.config';

/**
 * The figures' parts that other services own: each service reads only its own schema, so the
 * supervision service asks intake (problems) and consultation (consultations, referrals) over a
 * signed internal call. Counts only travel — no resident, no text.
 */
@Injectable()
export class FigureSourcesClient {
  constructor(@Inject(SUPERVISION_CONFIG) private readonly config: Pick<SupervisionConfig, 'figureSources'>) {}

  async intake(request: InternalFiguresRequest): Promise<IntakeFiguresRange[]> {
    return (await this.call('intake', this.config.figureSources.intakeUrl, request, intakeFiguresAnswerSchema)).ranges;
  }

  async consultation(request: InternalFiguresRequest): Promise<ConsultationFiguresRange[]> {
    return (await this.call('consultation', this.config.figureSources.consultationUrl, request, consultationFiguresAnswerSchema)).ranges;
  }

  private async call<S extends z.ZodType>(service: string, baseUrl: string, request: InternalFiguresRequest, schema: S): Promise<z.infer<S>> {
    const body = JSON.stringify(request);
    let res: Response;
    try {
      res = await fetch(`${baseUrl}/internal/figures`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', [INTERNAL_SIGNATURE_HEADER]: signInternalRequest(this.config.figureSources.secret, body) },
        signal: AbortSignal.timeout(this.config.figureSources.timeoutMs),
      });
    } catch {
      // Without a part the figures would silently be wrong: say so instead.
      throw new ServiceUnavailableException(`the ${service} service did not answer for the figures`);
    }
    if (!res.ok) throw new ServiceUnavailableException(`the ${service} service answered HTTP ${res.status} for the figures`);
    const parsed = schema.safeParse(await res.json());
    if (!parsed.success) throw new ServiceUnavailableException(`the ${service} service's figures are not the expected shape`);
    return parsed.data;
  }
}
