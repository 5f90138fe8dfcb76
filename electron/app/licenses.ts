// Third-party licences for the About box: the production dependency tree read from node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LicenseEntry } from '../shared/types';

interface PackageJson {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  dependencies?: Record<string, string>;
}

function readPackage(dir: string): PackageJson | null {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
  } catch {
    return null;
  }
}

/** Walks `dependencies` from the app's package.json through node_modules; sorted by name, each package once. */
export function collectLicenses(appRoot: string): LicenseEntry[] {
  const seen = new Map<string, LicenseEntry>();
  const queue = Object.keys(readPackage(appRoot)?.dependencies ?? {});
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (seen.has(name)) continue;
    const pkg = readPackage(join(appRoot, 'node_modules', name));
    if (!pkg) continue; // bundled into the app by Vite, or optional and absent
    const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
    seen.set(name, { name, version: pkg.version ?? '?', license });
    queue.push(...Object.keys(pkg.dependencies ?? {}));
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}
