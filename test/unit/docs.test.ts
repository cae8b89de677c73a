import { strict as assert } from 'assert';
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/core/rules';
import { DOCS_DIR, expectedDocs } from '../../scripts/gen-docs';

describe('rule metadata', () => {
  it('every rule has a unique kebab-case id, both languages and a default severity', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule id');
    for (const r of RULES) {
      assert.match(r.meta.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(r.meta.description.zh && r.meta.description.en, r.meta.id);
      assert.ok(/[\u4e00-\u9fa5]/.test(r.meta.description.zh), `${r.meta.id}: zh description is not Chinese`);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(r.meta.defaultSeverity));
    }
  });

  it('docs/rules is generated from the metadata and up to date (npm run docs)', () => {
    const expected = expectedDocs();
    assert.ok(existsSync(DOCS_DIR), 'docs/rules is missing: run npm run docs');
    assert.deepEqual(readdirSync(DOCS_DIR).sort(), [...expected.keys()].sort(), 'run npm run docs');
    for (const [name, text] of expected) assert.equal(readFileSync(path.join(DOCS_DIR, name), 'utf8'), text, `${name} is stale: run npm run docs`);
  });
});
