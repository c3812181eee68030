// The gateway as main.ts runs it: V8 tuned, watching the portal database the benchmark prepared.
import '../../src/tune-v8.ts';
import { createGateway } from '../../src/create-gateway.ts';
import { watchPortalDatabase } from '../../src/watch-portal-database.ts';
import { serveBenchProcess } from '../serve-bench-process.ts';

const source = watchPortalDatabase({ databasePath: process.env.BENCH_DATABASE_PATH! });
source.start();
await serveBenchProcess(createGateway({ source }).server);
