// Entry of the core worker thread (bundled as out/main/core-worker.js; run from source under tsx in development
// and tests): serves the contract on `parentPort` with the services and platform facts from `workerData`.
// First of all: every Node network API throws in this thread too (issue 17).
import '../../core/security/install-network-guard';
import { parentPort, workerData } from 'node:worker_threads';
import { serveCore } from './core-server';
import type { CoreWorkerData } from './protocol';

if (parentPort === null) throw new Error('core-worker.ts runs only as a worker thread.');
serveCore(parentPort, workerData as CoreWorkerData);
