import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { StaffPrincipal, StaffRole } from './staff-principal';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';
export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'auth:allowed-before-password-change';

/** Reachable without a staff token (residents, hotline partners, health checks). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the handler. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES, roles);

/** Reachable by an account that must change its password first (who am I, change password). */
export const AllowedBeforePasswordChange = () => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);

export const CurrentStaff = createParamDecorator((_: unknown, ctx: ExecutionContext): StaffPrincipal => {
  return ctx.switchToHttp().getRequest<{ staff: StaffPrincipal }>().staff;
});
