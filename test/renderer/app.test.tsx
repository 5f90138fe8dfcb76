import { render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app';
import { installCore, stubLayout, value, type CoreApiHandle } from '../support/renderer/core';

let core: CoreApiHandle;
beforeAll(async () => {
  stubLayout();
  core = await installCore();
});
afterAll(() => {
  core.close();
});

describe('App with the real core', () => {
  it('lists the bundled documents with their status lines and opens the decree', async () => {
    const docs = await value(core.api.documents.list());
    render(<App />);
    const library = await screen.findByRole('list', { name: 'Documents' });
    for (const doc of docs) expect(within(library).getByText(doc.shortTitle)).toBeTruthy();
    const decree = docs.find((d) => d.docId === 'decree-63-2020')!;
    expect(await screen.findByRole('heading', { level: 1, name: decree.title })).toBeTruthy();
    expect(within(library).getByText(new RegExp(`${decree.status} · in force since`))).toBeTruthy();
  });
});
