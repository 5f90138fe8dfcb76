// `npm run -s cli -- <command>`: the headless Lectern (see README "Corpus and CLI").
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
