// The contract is the security boundary's vocabulary: every channel must have a schema that rejects hostile input.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CHANNELS,
  contract,
  DEFAULT_MAX_REQUEST_CHARS,
  isChannel,
  NOTE_MAX_CHARS,
} from '../../electron/shared/contract';
import { buildLecternApi } from '../../electron/shared/api';
import { EVENT_NAMES, isEventName, MENU_COMMANDS } from '../../electron/shared/events';
import { IPC_ERROR_CODES, fail, ok } from '../../electron/shared/envelope';
import type { ErrorCode } from '../../electron/core/errors';
import type { IpcErrorCode } from '../../electron/shared/envelope';

// Compile-time: every core ErrorCode is an IPC error code (a new core code without an IPC twin fails typecheck).
const coreCodesFit: ErrorCode extends IpcErrorCode ? true : false = true;

describe('contract table', () => {
  it('names every channel domain:verb and gives each a zod schema and a positive size limit', () => {
    expect(coreCodesFit).toBe(true);
    expect(CHANNELS.length).toBeGreaterThan(20);
    for (const name of CHANNELS) {
      expect(name).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
      const entry = contract[name];
      expect(entry.request, name).toBeInstanceOf(z.ZodType);
      expect(entry.maxChars, name).toBeGreaterThan(0);
    }
  });

  it('covers documents, nodes, search, every annotation call, tags, export, settings and app info', () => {
    for (const name of [
      'documents:list',
      'documents:nodes',
      'search:query',
      'annotations:create',
      'annotations:update',
      'annotations:delete',
      'annotations:restore',
      'annotations:list',
      'annotations:undo',
      'annotations:redo',
      'annotations:export',
      'annotations:import',
      'annotations:importPreview',
      'keys:mine',
      'keys:export',
      'keys:read',
      'keys:trust',
      'keys:list',
      'keys:remove',
      'tags:list',
      'tags:rename',
      'annotations:history',
      'export:pdf',
      'export:notes',
      'export:cancel',
      'settings:get',
      'settings:update',
      'app:info',
    ]) {
      expect(isChannel(name), name).toBe(true);
    }
  });

  it('does not treat prototype keys as channels', () => {
    expect(isChannel('constructor')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
    expect(isChannel('toString')).toBe(false);
  });

  it('gives note-carrying calls room for a 100k-character note and keeps others tight', () => {
    expect(contract['annotations:create'].maxChars).toBeGreaterThan(NOTE_MAX_CHARS);
    expect(contract['documents:get'].maxChars).toBe(DEFAULT_MAX_REQUEST_CHARS);
  });
});

describe('request schemas', () => {
  const reject = (channel: keyof typeof contract, value: unknown): void => {
    expect(contract[channel].request.safeParse(value).success, JSON.stringify(value)).toBe(false);
  };

  it('accept well-formed requests', () => {
    expect(
      contract['reading:setPosition'].request.parse({ docId: 'decree-63-2020', eId: 'art_6__cl_1' }),
    ).toEqual({
      docId: 'decree-63-2020',
      eId: 'art_6__cl_1',
    });
    const created = contract['annotations:create'].request.parse({
      docId: 'decree-63-2020',
      eId: 'art_6__cl_1',
      position: { start: 0, end: 9 },
      quote: 'Revealing',
      note: 'x'.repeat(NOTE_MAX_CHARS),
      color: 'yellow',
      tags: ['  secrecy  '],
    });
    expect(created.tags).toEqual(['secrecy']);
  });

  it('reject unknown keys, hostile ids, wrong types and oversize strings', () => {
    reject('documents:get', { docId: 'decree-63-2020', extra: 1 });
    reject('documents:get', { docId: '../../etc/passwd' });
    reject('documents:get', { docId: 'DECREE' });
    reject('documents:get', {});
    reject('documents:get', null);
    reject('documents:get', 'decree-63-2020');
    reject('reading:setPosition', { docId: 'decree-63-2020', eId: 'art_6; DROP TABLE nodes' });
    reject('annotations:create', {
      docId: 'decree-63-2020',
      eId: 'art_6',
      position: { start: 5, end: 5 },
      quote: 'x',
    });
    reject('annotations:create', {
      docId: 'decree-63-2020',
      eId: 'art_6',
      position: null,
      quote: null,
      color: 'chartreuse',
    });
    reject('annotations:update', {
      id: '8c0c3d2e-2f0a-4a53-9d8e-0d7a3c1b2f10',
      note: 'x'.repeat(NOTE_MAX_CHARS + 1),
    });
    reject('annotations:history', { id: '<script>' });
    reject('search:query', { query: 'x'.repeat(10_001) });
    reject('search:query', { query: 'ok', limit: 0 });
    reject('settings:update', { zoom: 10 });
    reject('export:pdf', { jobId: 'j1', docId: 'decree-63-2020', outPath: '/tmp/x.pdf' });
    reject('app:info', { anything: true });
  });

  it('never accepts a file path from the renderer on import or export calls', () => {
    for (const name of CHANNELS) {
      const shape = (contract[name].request as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      for (const key of Object.keys(shape)) expect(key, name).not.toMatch(/path|file|dir/i);
    }
  });
});

describe('envelope and events', () => {
  it('builds success and failure envelopes without stacks', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail('NOT_FOUND', 'No such document')).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such document', language: 'en' },
    });
    expect(IPC_ERROR_CODES).toContain('FORBIDDEN');
  });

  it('knows exactly its events and menu commands', () => {
    expect([...EVENT_NAMES].sort()).toEqual(['app:open', 'job:progress', 'menu:command']);
    expect(isEventName('job:progress')).toBe(true);
    expect(isEventName('ipc:raw')).toBe(false);
    expect(MENU_COMMANDS).toContain('export-pdf');
  });
});

describe('buildLecternApi', () => {
  it('creates one method per channel plus `on`, and routes calls to the transport', async () => {
    const calls: [string, unknown][] = [];
    const api = buildLecternApi(
      (channel, request) => {
        calls.push([channel, request]);
        return Promise.resolve(ok(null));
      },
      () => () => undefined,
    );
    const methods = Object.entries(api).flatMap(([domain, value]) =>
      typeof value === 'function'
        ? [domain]
        : Object.keys(value as object).map((verb) => `${domain}:${verb}`),
    );
    expect(methods.sort()).toEqual([...CHANNELS, 'on'].sort());
    await api.documents.list();
    await api.reading.setPosition({ docId: 'decree-63-2020', eId: 'art_6' });
    expect(calls).toEqual([
      ['documents:list', {}],
      ['reading:setPosition', { docId: 'decree-63-2020', eId: 'art_6' }],
    ]);
  });

  it('refuses to subscribe to events outside the contract', () => {
    const api = buildLecternApi(
      () => Promise.resolve(ok(null)),
      () => () => undefined,
    );
    expect(() => {
      api.on('ipc:raw' as 'job:progress', () => undefined);
    }).toThrow(/Unknown Lectern event/);
  });
});
