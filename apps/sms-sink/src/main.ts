import { loadConfig } from '@shangliang/config';
import { createSmsSinkServer } from './sms-sink.server';
import { smsSinkConfigFrom, smsSinkEnv } from './sms-sink.config';

// The local SMS gateway for development and tests (see sms-sink.server.ts). Never in production.
const config = smsSinkConfigFrom(loadConfig(smsSinkEnv));
const log = (line: string) => process.stdout.write(`${JSON.stringify({ time: Date.now(), service: 'sms-sink', msg: line })}\n`);
const server = createSmsSinkServer(config, log);
server.listen(config.port, '127.0.0.1', () => log(`SMS sink listening on 127.0.0.1:${config.port}`));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => process.exit(0)));
