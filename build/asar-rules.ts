// What must never be inside app.asar. Shared by the afterPack hook (fails the build) and verify:dist
// (checks a finished build), so both apply exactly the same rules.

/** A rule for entries that must not be packed into app.asar. */
interface AsarRule {
  id: 'native-module' | 'source-map' | 'test' | 'test-host';
  why: string;
  matches: (entry: string) => boolean;
}

const segments = (entry: string): string[] => entry.split(/[\\/]+/).filter((s) => s.length > 0);

/** The rules, each with the reason a security officer would want it. */
const ASAR_RULES: readonly AsarRule[] = [
  {
    id: 'native-module',
    why: 'native modules must live in app.asar.unpacked (asarUnpack) so they load and can be hashed',
    matches: (entry) => entry.endsWith('.node'),
  },
  {
    id: 'source-map',
    why: 'source maps are development files and reveal source paths',
    matches: (entry) => entry.endsWith('.map'),
  },
  {
    id: 'test',
    why: 'tests are not part of the product',
    matches: (entry) => {
      const parts = segments(entry);
      const name = parts.at(-1) ?? '';
      return (
        parts.some((p) => p === 'test' || p === 'tests' || p === '__tests__' || p === '__mocks__') ||
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(name)
      );
    },
  },
  {
    id: 'test-host',
    why: 'the loopback test host opens a local port and must never ship',
    matches: (entry) => /(^|\/)(electron|out)\/host(\/|$)/.test(segments(entry).join('/')),
  },
];

/** An entry of app.asar that breaks a rule. */
interface AsarViolation {
  entry: string;
  rule: AsarRule['id'];
  why: string;
}

/** Returns every entry that breaks a rule (an entry is reported once, under the first rule it breaks). */
export function findAsarViolations(entries: readonly string[]): AsarViolation[] {
  const violations: AsarViolation[] = [];
  for (const entry of entries) {
    const rule = ASAR_RULES.find((r) => r.matches(entry));
    if (rule) violations.push({ entry, rule: rule.id, why: rule.why });
  }
  return violations;
}
