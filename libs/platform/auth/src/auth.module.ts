import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { StringValue } from 'ms';
import { StaffAuthGuard } from './staff-auth.guard';

export interface AuthOptions {
  secret: string;
  ttl: string;
}

/** Verifies staff tokens on every route (and lets the assignment service issue them). */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      imports: [JwtModule.register({ secret: options.secret, signOptions: { expiresIn: options.ttl as StringValue, algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } })],
      providers: [{ provide: APP_GUARD, useClass: StaffAuthGuard }],
      exports: [JwtModule],
    };
  }
}
