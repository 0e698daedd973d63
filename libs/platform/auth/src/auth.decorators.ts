import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { StaffPrincipal, StaffRole } from './staff-principal';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';

/** Reachable without a staff token (residents, hotline partners, health checks). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the handler. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES, roles);

export const CurrentStaff = createParamDecorator((_: unknown, ctx: ExecutionContext): StaffPrincipal => {
  return ctx.switchToHttp().getRequest<{ staff: StaffPrincipal }>().staff;
});
