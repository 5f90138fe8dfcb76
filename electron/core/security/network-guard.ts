// Run-time refusal of every Node network API in the processes that run Lectern's code (the Electron main process
// and the core worker): lint and a source scan keep network code out, and this keeps out what a dependency (or a
// bug) would still try. It patches the modules' CommonJS objects and re-syncs their ESM exports, so both
// `import { connect } from 'node:net'` and `require('net').connect` throw. The loopback test host (a development
// tool, never packaged) serves HTTP on 127.0.0.1 from its own main thread and does not install it.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';
import { LecternError } from '../errors';

/** The message every refused call throws with (followed by the API's name). */
const NETWORK_REFUSED = 'Lectern never opens network connections';

const DNS_FUNCTIONS = [
  'lookup',
  'lookupService',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCaa',
  'resolveCname',
  'resolveMx',
  'resolveNaptr',
  'resolveNs',
  'resolvePtr',
  'resolveSoa',
  'resolveSrv',
  'resolveTxt',
  'reverse',
] as const;

/** Every API the guard replaces, as `[owner name, owner, member names]`. */
function guardedApis(): [string, object, readonly string[]][] {
  return [
    ['net', net, ['connect', 'createConnection', 'createServer']],
    ['net.Socket.prototype', net.Socket.prototype, ['connect']],
    ['net.Server.prototype', net.Server.prototype, ['listen']],
    ['tls', tls, ['connect', 'createServer']],
    ['http', http, ['request', 'get', 'createServer', 'ClientRequest']],
    ['https', https, ['request', 'get', 'createServer']],
    ['http2', http2, ['connect', 'createServer', 'createSecureServer']],
    ['dgram', dgram, ['createSocket']],
    ['dgram.Socket.prototype', dgram.Socket.prototype, ['bind', 'connect', 'send']],
    ['dns', dns, DNS_FUNCTIONS],
    ['dns.Resolver.prototype', dns.Resolver.prototype, DNS_FUNCTIONS.filter((n) => n !== 'lookup')],
    ['dns.promises', dns.promises, DNS_FUNCTIONS],
    [
      'dns.promises.Resolver.prototype',
      dns.promises.Resolver.prototype,
      DNS_FUNCTIONS.filter((n) => n !== 'lookup'),
    ],
    ['globalThis', globalThis, ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest']],
  ];
}

function refuser(api: string): () => never {
  return function refused(): never {
    throw new LecternError('UNSUPPORTED', `${NETWORK_REFUSED} (${api} was called).`);
  };
}

let installed = false;

/** Replaces every network API with one that throws; idempotent. Returns the names of the APIs replaced. */
export function installNetworkGuard(): string[] {
  const names: string[] = [];
  for (const [ownerName, owner, members] of guardedApis()) {
    for (const member of members) {
      const api = `${ownerName}.${member}`;
      names.push(api);
      if (installed) continue;
      // Non-writable and non-configurable: a later assignment cannot quietly restore the original.
      Object.defineProperty(owner, member, { value: refuser(api), writable: false, configurable: false });
    }
  }
  if (!installed) syncBuiltinESMExports();
  installed = true;
  return names;
}
