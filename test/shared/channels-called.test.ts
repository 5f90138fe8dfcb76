// Every channel of the contract is called by the renderer — through `window.lectern.<domain>.<verb>(…)`, or by
// name through the data layer (`useQuery('domain:verb', …)`, `store.mutate('domain:verb', …)`, the name as a
// string literal in code, comments left out) — so no channel
// lingers in the contract, the preload and the core with nobody using it (issue 15: "called by the UI or removed").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../electron/shared/channels';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    // invalidation.ts is the data layer's tables, which name every channel: naming is not calling.
    if (entry.name === 'invalidation.ts') return [];
    return /\.tsx?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('channels the UI calls', () => {
  it('calls every channel of the contract somewhere in renderer/src', () => {
    const text = sources(join(import.meta.dirname, '../../renderer/src')).join('\n');
    const withoutTable = text.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/^\s*\/\/.*$/gmu, '');
    const unused = CHANNEL_NAMES.filter((channel) => {
      const [domain, verb] = channel.split(':') as [string, string];
      const byMethod = new RegExp(`\\b${domain}\\.${verb}\\(`, 'u');
      const byName = new RegExp(`'${channel}'`, 'u');
      return !byMethod.test(withoutTable) && !byName.test(withoutTable);
    });
    expect(unused).toEqual([]);
  });
});
