import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, IS_PUBLIC, ROLES } from './auth.decorators';
import type { StaffPrincipal, StaffRole } from './staff-principal';
import { STAFF_SESSIONS, type StaffSessions, type StaffTokenClaims } from './staff-sessions';

/** 403 with its own error code, so the console knows to ask for a new password. */
export class PasswordChangeRequiredException extends ForbiddenException {
  constructor() {
    super({ code: 'password_change_required', message: 'change your password first (POST /auth/password on the assignment service)' });
  }
}

/**
 * Every route needs a valid staff token unless marked @Public(); @Roles() narrows further.
 * The token only names the account: its role and place are read from the account on every
 * request, so a change by an admin applies at once. Scope (which group, locality, committee) is
 * checked by the use cases, which know the data.
 */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @Inject(STAFF_SESSIONS) private readonly sessions: StaffSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; staff?: StaffPrincipal }>();
    const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!request.headers.authorization) throw new UnauthorizedException('a staff token is required (Authorization: Bearer …)');
    const claims = token ? await this.jwt.verifyAsync<StaffTokenClaims>(token).catch(() => null) : null;
    if (!claims || typeof claims.sub !== 'string' || !Number.isInteger(claims.sv)) throw new UnauthorizedException('the staff token is invalid or expired');
    const staff = await this.sessions.principalOf(claims.sub, claims.sv);
    if (!staff) throw new UnauthorizedException('this session has ended; sign in again');
    request.staff = staff;

    if (staff.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets)) {
      throw new PasswordChangeRequiredException();
    }
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(staff.role)) throw new ForbiddenException(`requires role ${roles.join(' or ')}`);
    return true;
  }
}
