// @vitest-environment node
/**
 * The README promises Node.js 20.19 or newer (package.json's `engines`): every package the lock file
 * installs must accept that version, or a fresh install warns (EBADENGINE) and may not run. When a
 * dependency moves on to a newer Node, pin it in package.json's `overrides` or move the project on.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './fixtures';

const require = createRequire(import.meta.url);
const semver = require('semver') as { minVersion(range: string): { version: string } | null; satisfies(v: string, range: string): boolean };

describe('the Node.js version the project promises', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { engines?: { node?: string } | string[] }>;
  };
  const oldest = semver.minVersion(pkg.engines.node)!.version;

  it('is the one the README states', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`Node.js ${oldest.replace(/\.0$/, '')} or newer`);
    expect(readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim()).toBe(oldest.split('.')[0]);
  });

  it('is accepted by every installed package', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.satisfies(oldest, p.engines.node))
      .map(([name, p]) => `${name} wants node ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});
