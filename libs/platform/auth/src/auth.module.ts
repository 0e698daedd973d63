import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { StringValue } from 'ms';
import { StaffAuthGuard } from './staff-auth.guard';
import { STAFF_TOKEN_AUDIENCE, STAFF_TOKEN_ISSUER } from './staff-sessions';

export interface AuthOptions {
  secret: string;
  ttl: string;
}

/**
 * Verifies staff tokens on every route (and lets the assignment service issue them). Tokens are
 * HS256 with a fixed issuer and audience; the guard needs a `STAFF_SESSIONS` provider (the
 * organisation directory module gives one) to check each token against its account.
 */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    const claims = { issuer: STAFF_TOKEN_ISSUER, audience: STAFF_TOKEN_AUDIENCE };
    return {
      module: AuthModule,
      imports: [
        JwtModule.register({
          secret: options.secret,
          signOptions: { expiresIn: options.ttl as StringValue, algorithm: 'HS256', ...claims },
          verifyOptions: { algorithms: ['HS256'], ...claims },
        }),
      ],
      providers: [{ provide: APP_GUARD, useClass: StaffAuthGuard }],
      exports: [JwtModule],
    };
  }
}
