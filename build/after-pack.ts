// electron-builder hooks: afterPack inspects each unpacked app before any installer is made; afterAllArtifactBuild
// writes SHA256SUMS beside the installers. A build that breaks a packaging rule fails here, not in the field.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AfterPackContext, BuildResult } from 'electron-builder';
import { LecternError } from '../electron/core/errors';
import { inspectResources } from './inspect-resources';
import { writeSha256Sums } from './sha256sums';

/** The resources folder of an unpacked app, per platform (macOS keeps it inside the .app bundle). */
export function resourcesDirOf(appOutDir: string, platform: string, productFilename: string): string {
  return platform === 'darwin' || platform === 'mas'
    ? join(appOutDir, `${productFilename}.app`, 'Contents', 'Resources')
    : join(appOutDir, 'resources');
}

/**
 * Removes Electron's default_app.asar (left behind when electronDist is a custom folder) and fails the build
 * when the packed app breaks a rule (native module, source map, test or test host inside app.asar, …).
 */
export function checkPackedApp(resourcesDir: string): void {
  rmSync(join(resourcesDir, 'default_app.asar'), { force: true });
  const failed = inspectResources(resourcesDir).filter((r) => r.problems.length > 0);
  if (failed.length > 0) {
    const lines = failed.flatMap((r) => r.problems.map((p) => `  - [${r.check}] ${p}`));
    throw new LecternError(
      'CORRUPT',
      `The packaged app in ${resourcesDir} breaks packaging rules:\n${lines.join('\n')}`,
    );
  }
}

/** electron-builder afterPack hook. */
export function afterPack(context: AfterPackContext): Promise<void> {
  const { appOutDir, electronPlatformName, packager } = context;
  checkPackedApp(resourcesDirOf(appOutDir, electronPlatformName, packager.appInfo.productFilename));
  return Promise.resolve();
}

/** electron-builder afterAllArtifactBuild hook: SHA256SUMS of every artifact, per output folder. */
export async function afterAllArtifactBuild(result: BuildResult): Promise<string[]> {
  const byDir = new Map<string, string[]>();
  for (const artifact of result.artifactPaths) {
    const dir = dirname(artifact);
    byDir.set(dir, [...(byDir.get(dir) ?? []), artifact]);
  }
  const written: string[] = [];
  for (const [dir, files] of byDir) written.push(await writeSha256Sums(dir, files));
  return written;
}
