/**
 * Writes assets/store/privacy-policy.md from lib/privacy (Node only):
 *
 *   npx tsx scripts/write-policy.ts
 *
 * tests/unit/privacy/policy.test.ts checks the committed file is what this writes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyMarkdown } from '../lib/privacy/markdown.ts';

export const POLICY_FILE = join(dirname(fileURLToPath(import.meta.url)), '../assets/store/privacy-policy.md');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(POLICY_FILE, policyMarkdown());
  process.stdout.write(`Wrote ${POLICY_FILE}\n`);
}
