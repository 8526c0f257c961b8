import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutExamples } from '../../scripts/build/strip-rule-examples.ts';
import squeezeRule from '../../src/engine/rules/diy/squeeze.ts';

const squeeze = 'src/engine/rules/diy/squeeze.ts';

describe('stripping rule examples from production builds', () => {
  it('empties the examples of a rule file and keeps everything the engine reads', () => {
    const code = readFileSync(squeeze, 'utf8');
    const stripped = withoutExamples(code, squeeze);
    for (const example of squeezeRule.examples) expect(stripped).not.toContain(example.text);
    expect(stripped).toContain('examples: []');
    for (const kept of ["id: 'diy-squeeze'", '\\\\bpicking\\\\b', 'accept: aimedAtMilia'])
      expect(stripped).toContain(kept);
  });

  it('leaves code without a defineRule call alone', () => {
    const code = "export const table = { examples: ['kept'] };\n";
    expect(withoutExamples(code, 'table.ts')).toBe(code);
  });

  it('empties every rule of a file, with a quoted key too', () => {
    const code = [
      "const a = defineRule({ id: 'a', examples: [{ text: 'one' }] });",
      "const b = defineRule({ id: 'b', 'examples': [{ text: 'two' }], span: 'match' });",
    ].join('\n');
    expect(withoutExamples(code, 'rules.ts')).toBe(
      [
        "const a = defineRule({ id: 'a', examples: [] });",
        "const b = defineRule({ id: 'b', 'examples': [], span: 'match' });",
      ].join('\n'),
    );
  });
});
