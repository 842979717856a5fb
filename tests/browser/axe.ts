/** axe-core in a page: the serious and critical violations; on LinkedIn pages only those inside our own elements. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export async function axe(page: Page, ours: boolean): Promise<Violation[]> {
  // Evaluated over the DevTools protocol: extension pages rightly forbid inline <script> by CSP.
  await page.evaluate(AXE);
  const all = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> };
    };
    const res = await w.axe.run(document, { resultTypes: ['violations'] });
    return (
      res.violations as { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[]
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  return all
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => (ours ? { ...v, targets: v.targets.filter((t) => t.includes('connect-coach')) } : v))
    .filter((v) => v.targets.length > 0);
}
