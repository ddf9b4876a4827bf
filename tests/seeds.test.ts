/**
 * The seed acceptance test: runs ../shared/tools/seed-check.mjs (the five articles Marsad was
 * created from, scored against their gold annotations) when ../shared is beside the project.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './fixtures';

const seedCheck = join(ROOT, '..', 'shared', 'tools', 'seed-check.mjs');
const present = existsSync(seedCheck);
if (!present) console.warn(`seed acceptance test skipped: ${seedCheck} is absent (../shared is not beside the project)`);

describe('seeds', () => {
  it.skipIf(!present)('seed-check passes: every required entity, every cross-link, the statements, no wrong speaker', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [seedCheck], { cwd: ROOT, maxBuffer: 1 << 26 }).catch(
      (e: { stdout?: string; stderr?: string }) => ({ stdout: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
    );
    const summary = stdout.trim().split('\n').at(-1) ?? '';
    expect(summary, stdout).toMatch(/^seeds PASS/);
  }, 120_000);
});
