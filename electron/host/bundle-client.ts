// Bundles browser-client.ts in memory with esbuild when the host starts (dev dependency; never packaged).
import { build } from 'esbuild';
import { join } from 'node:path';

/** The client script as one classic (IIFE) script, so it runs before the renderer's deferred module. */
export async function bundleBrowserClient(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'browser-client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: false,
    legalComments: 'none',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no client bundle');
  return file.text;
}
