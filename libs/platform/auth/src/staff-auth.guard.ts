import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { IS_PUBLIC, ROLES } from './auth.decorators';
import type { StaffPrincipal, StaffRole } from './staff-principal';

/**
 * Every route needs a valid staff token unless marked @Public(); @Roles() narrows further.
 * Scope (which group, locality, committee) is checked by the use cases, which know the data.
 */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; staff?: StaffPrincipal }>();
    const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new UnauthorizedException('a staff token is required (Authorization: Bearer …)');
    try {
      request.staff = await this.jwt.verifyAsync<StaffPrincipal>(token);
    } catch {
      throw new UnauthorizedException('the staff token is invalid or expired');
    }
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(request.staff.role)) throw new ForbiddenException(`requires role ${roles.join(' or ')}`);
    return true;
  }
}
