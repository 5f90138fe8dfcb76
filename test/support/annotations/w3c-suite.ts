// The W3C Web Annotation Data Model test suite (JSON Schema assertions, draft-04) from ../shared, loaded into ajv:
// each `.test` list becomes a list of named checks; a check passes when validation gives the assertion's
// `expectedResult`. Absent suite → null, so the conformance test can skip with a message instead of failing.
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the suite lives: `../shared/w3c-web-annotation-tests` beside the repository. */
export const SUITE_DIR = resolve(
  fileURLToPath(new URL('../../../', import.meta.url)),
  '../shared/w3c-web-annotation-tests',
);

/** One assertion of the suite, compiled. */
export interface SuiteCheck {
  file: string;
  title: string;
  level: 'must' | 'should' | 'may';
  /** True when `data` gives the result the assertion expects. */
  holds(data: unknown): boolean;
  errors(): string;
}

interface AssertionSchema {
  id: string;
  title?: string;
  assertionType?: string;
  expectedResult?: string;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Loads the suite, or returns null when it is not there. */
export function loadSuite(): { checks(testList: string): SuiteCheck[] } | null {
  if (!existsSync(SUITE_DIR)) return null;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const defs = join(SUITE_DIR, 'definitions');
  for (const f of readdirSync(defs).filter((n) => n.endsWith('.json'))) {
    ajv.addSchema(readJson(join(defs, f)) as object);
  }
  const compiled = new Map<string, ValidateFunction>();
  return {
    checks(testList) {
      const list = readJson(join(SUITE_DIR, testList)) as { assertions: string[] };
      return list.assertions.map((file): SuiteCheck => {
        const schema = readJson(join(SUITE_DIR, file)) as AssertionSchema;
        let validate = compiled.get(file);
        if (!validate) {
          validate = ajv.getSchema(schema.id) ?? ajv.compile(schema);
          compiled.set(file, validate);
        }
        const fn = validate;
        const level = (schema.assertionType ?? 'must') as SuiteCheck['level'];
        const expected = (schema.expectedResult ?? 'valid') === 'valid';
        return {
          file,
          title: schema.title ?? file,
          level,
          holds: (data) => fn(data) === expected,
          errors: () => ajv.errorsText(fn.errors),
        };
      });
    },
  };
}
