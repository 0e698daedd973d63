import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { HealthController, loggerParams } from '@shangliang/http';
import { ClientAssetsMiddleware } from './client-assets.middleware';
import { IntakeProxyMiddleware } from './intake-proxy.middleware';
import { StaffProxyMiddleware } from './staff-proxy.middleware';
import { WEB_CONFIG, type WebConfig } from './web.config';

/**
 * The residents' public site and the staff console: the built client, a narrow proxy to intake's
 * public API, and one to the four services' staff APIs that passes the console's bearer token.
 */
@Module({})
export class WebModule implements NestModule {
  static forRoot(config: WebConfig): DynamicModule {
    return {
      module: WebModule,
      imports: [LoggerModule.forRoot(loggerParams(config.logLevel, 'web'))],
      controllers: [HealthController],
      providers: [{ provide: WEB_CONFIG, useValue: config }],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Registered first: /api/staff/* never reaches the public intake proxy.
    consumer.apply(StaffProxyMiddleware).forRoutes({ path: 'api/staff/{*path}', method: RequestMethod.ALL });
    consumer.apply(IntakeProxyMiddleware).forRoutes({ path: 'api/{*path}', method: RequestMethod.ALL });
    consumer.apply(ClientAssetsMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
