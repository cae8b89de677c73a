import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { mapped } from '../../../server/src/core/arrays';
import { fcParams } from './arbitraries';

// The checker's arrays keep one elements kind in every tier (server/src/core/arrays.ts): with
// Array.prototype.map they turned holey as their makers were optimised, and every reader optimised before
// that was deoptimised ("wrong map"), for seconds of checks.

const ROOT = path.resolve(__dirname, '../../..');
const CORE = path.join(ROOT, 'server/src/core');

/** Runs `body` in a fresh node with V8's natives, `mapped` in scope; returns its stdout as JSON. */
function withNatives(body: string): unknown {
  const bundle = esbuild.buildSync({ entryPoints: [path.join(CORE, 'arrays.ts')], bundle: true, write: false, format: 'iife', globalName: 'arrays', platform: 'node' });
  const script = `${bundle.outputFiles[0].text}\nconst { mapped } = arrays;\n${body}`;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

describe('tier-stable arrays', () => {
  it('mapped is Array.prototype.map, index included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (xs) => {
        assert.deepEqual(
          mapped(xs, (x, i) => [x, i]),
          xs.map((x, i) => [x, i]),
        );
      }),
      fcParams(200),
    );
  });

  it('makes packed arrays before and after its caller is optimised, where the builtin map turns holey', () => {
    const result = withNatives(`
      const xs = [{ a: 1 }, { a: 2 }, { a: 3 }];
      const wrap = (y) => ({ b: y.a });
      // The helper optimised on its own, and inlined into an optimised caller.
      function alone(ys) { return mapped(ys, wrap); }
      function viaMapped(ys) { return mapped(ys, (y) => ({ b: y.a })); }
      function viaBuiltin(ys) { return ys.map((y) => ({ b: y.a })); }
      const kinds = (make, optimise = make) => {
        %PrepareFunctionForOptimization(optimise);
        const before = %HasHoleyElements(make(xs));
        make(xs);
        %OptimizeFunctionOnNextCall(optimise);
        const after = %HasHoleyElements(make(xs));
        return { before, after, optimised: (%GetOptimizationStatus(optimise) & 16) !== 0 };
      };
      console.log(JSON.stringify({ alone: kinds(alone, mapped), inlined: kinds(viaMapped), builtin: kinds(viaBuiltin) }));
    `) as Record<'alone' | 'inlined' | 'builtin', { before: boolean; after: boolean; optimised: boolean }>;
    assert.deepEqual(result.alone, { before: false, after: false, optimised: true });
    assert.deepEqual(result.inlined, { before: false, after: false, optimised: true });
    // Why the helper exists; should a V8 make the builtin stable, this says so and the helper can go.
    assert.deepEqual(result.builtin, { before: false, after: true, optimised: true });
  });

  it('the core calls no Array.prototype.map', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(CORE);
    // Nothing else in the core has a `map` method: every `.map(` is an array's.
    const offenders = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\.map\(/.test(line) && !/^\s*(\/\/|\/?\*)/.test(line) ? [`${path.relative(ROOT, f)}:${i + 1}`] : [])),
    );
    assert.deepEqual(offenders, []);
  });
});
