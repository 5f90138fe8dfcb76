import { describe, expect, it } from 'vitest';
import { deepLinkFromArgv, formatDeepLink, parseDeepLink } from '../../electron/shared/deep-link';
import { createDeepLinkRouter } from '../../electron/main/desktop/deep-links';

describe('deep links', () => {
  it('parses documents and provisions and round-trips through formatDeepLink', () => {
    const target = parseDeepLink('lectern://decree-63-2020/art_11__cl_1__pt_dd');
    expect(target).toEqual({ docId: 'decree-63-2020', eId: 'art_11__cl_1__pt_dd' });
    expect(formatDeepLink(target!)).toBe('lectern://decree-63-2020/art_11__cl_1__pt_dd');
    expect(parseDeepLink(' lectern://decree-63-2020/ ')).toEqual({ docId: 'decree-63-2020', eId: null });
  });

  it('refuses other schemes, traversal, queries and oversized ids', () => {
    for (const bad of [
      'https://example.com/art_6',
      'lectern://../x',
      'lectern://decree-63-2020/art_6?x=1',
      'lectern://Decree/art_6',
      `lectern://${'a'.repeat(201)}`,
      'file:///etc/passwd',
    ]) {
      expect(parseDeepLink(bad), bad).toBeNull();
    }
  });

  it('takes the last lectern:// argument from a command line', () => {
    expect(deepLinkFromArgv(['/opt/Lectern/lectern', '--no-sandbox'])).toBeNull();
    expect(deepLinkFromArgv(['lectern', 'lectern://a/art_1', 'lectern://b/art_2'])).toEqual({
      docId: 'b',
      eId: 'art_2',
    });
  });
});

describe('createDeepLinkRouter', () => {
  it('queues links until the renderer is ready, then delivers in order and at once', () => {
    const delivered: string[] = [];
    const router = createDeepLinkRouter((t) => delivered.push(formatDeepLink(t)));
    router.open(parseDeepLink('lectern://a/art_1'));
    router.open(null);
    expect(delivered).toEqual([]);
    router.rendererReady();
    router.open(parseDeepLink('lectern://b'));
    expect(delivered).toEqual(['lectern://a/art_1', 'lectern://b']);
    router.rendererGone();
    router.open(parseDeepLink('lectern://c'));
    expect(delivered).toHaveLength(2);
    router.rendererReady();
    expect(delivered).toEqual(['lectern://a/art_1', 'lectern://b', 'lectern://c']);
  });
});
