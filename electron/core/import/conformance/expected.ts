// The ground-truth file of a folder of real documents (expected.json beside them), read once with zod so a
// malformed file is reported plainly instead of scoring against half-read expectations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LecternError } from '../../errors';

const count = z.number().int().nonnegative();

/** One file's expectations; every field but `file` and `outcome` is optional and scored only when present. */
const expectedDocumentSchema = z.object({
  file: z.string().min(1),
  outcome: z.enum(['import', 'refuse']),
  sameAs: z.string().optional(),
  type: z.string().optional(),
  number: z.string().optional(),
  issued: z.string().optional(),
  issuer: z.string().optional(),
  signer: z.string().optional(),
  title: z.string().nullable().optional(),
  parts: count.optional(),
  chapters: count.optional(),
  sections: count.optional(),
  articles: count.optional(),
  articleHeadings: z.array(z.string()).optional(),
  articleNumbers: z.array(z.string()).optional(),
  lang: z.enum(['en', 'vi']).optional(),
  format: z.string().optional(),
  note: z.string().optional(),
});

/** What one file is expected to give. */
export type ExpectedDocument = z.infer<typeof expectedDocumentSchema>;

const expectedFileSchema = z.object({ documents: z.array(expectedDocumentSchema).min(1) });

/** The name of the ground-truth file inside a conformance folder. */
const EXPECTED_FILE = 'expected.json';

/** Reads and validates `<dir>/expected.json`. */
export function readExpected(dir: string): ExpectedDocument[] {
  const path = join(dir, EXPECTED_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new LecternError(
      'NOT_FOUND',
      `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = expectedFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new LecternError(
      'INVALID_INPUT',
      `${path} is not a valid ground-truth file: ${parsed.error.message}`,
    );
  }
  return parsed.data.documents;
}
