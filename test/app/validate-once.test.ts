// One validation per call: a request the IPC gate validated with the core's own schema is not parsed again by the
// service, while the same service called directly (the CLI) still validates and refuses bad input itself.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { call } from '../../electron/app/dispatch';
import { createAnnotationSchema, updateAnnotationSchema } from '../../electron/core/annotations/schemas';
import { setupHandlerTable } from '../support/services';

const table = setupHandlerTable();
afterAll(() => {
  vi.restoreAllMocks();
});

describe('validation of note requests', () => {
  it('runs the schema once through the gate, and once (in the service) when called directly', async () => {
    const create = vi.spyOn(createAnnotationSchema, 'safeParse');
    const update = vi.spyOn(updateAnnotationSchema, 'safeParse');
    const request = { docId: 'decree-63-2020', eId: 'art_6', note: 'Cafe\u0301 ' };
    const made = await call(table.handlers, 'annotations:create', request);
    expect(made.ok).toBe(true);
    expect(create).toHaveBeenCalledTimes(1);
    // The gate's output is what the service stored: normalised (NFC) once, not twice.
    expect(made.ok ? made.value.note : null).toBe('Café ');

    const id = made.ok ? made.value.id : '';
    await call(table.handlers, 'annotations:update', { id, note: 'second' });
    expect(update).toHaveBeenCalledTimes(1);

    table.env.services.annotations.create({ docId: 'decree-63-2020', eId: 'art_7', note: 'direct' });
    expect(create).toHaveBeenCalledTimes(2);
    const bad = { docId: 'decree-63-2020', eId: 'art_7', color: 'chartreuse' } as unknown as typeof request;
    expect(() => table.env.services.annotations.create(bad)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(create).toHaveBeenCalledTimes(3);
  });
});
