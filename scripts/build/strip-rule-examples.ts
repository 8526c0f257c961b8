import { type ESTree, parseSync, type Plugin, Visitor } from 'vite';

/**
 * Every rule carries its `examples`, the sentences a unit test runs it on. They are a tenth of the
 * content script and no running code reads them, so production builds replace each rule's examples
 * with an empty list; the rule files, and the tests that import them, keep them all.
 */
export function stripRuleExamples(): Plugin {
  return {
    name: 'milia-lens:strip-rule-examples',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: /[\\/]src[\\/]engine[\\/]rules[\\/].+\.ts$/ },
      handler(code, id) {
        const stripped = withoutExamples(code, id);
        return stripped === code ? null : { code: stripped, map: null };
      },
    },
  };
}

/** `code` with the `examples` of every `defineRule({...})` call replaced by `[]`. */
export function withoutExamples(code: string, fileName: string): string {
  const { program, errors } = parseSync(fileName, code);
  if (errors.length > 0) return code;
  const values: ESTree.Node[] = [];
  new Visitor({
    CallExpression(call) {
      const [options] = call.arguments;
      if (call.callee.type !== 'Identifier' || call.callee.name !== 'defineRule') return;
      if (options?.type !== 'ObjectExpression') return;
      for (const property of options.properties) {
        if (property.type === 'Property' && isNamed(property.key, 'examples'))
          values.push(property.value);
      }
    },
  }).visit(program);
  // From the end, so earlier offsets stay valid.
  let result = code;
  for (const value of values.sort((a, b) => b.start - a.start))
    result = `${result.slice(0, value.start)}[]${result.slice(value.end)}`;
  return result;
}

function isNamed(key: ESTree.Node, name: string): boolean {
  return (
    (key.type === 'Identifier' && key.name === name) ||
    (key.type === 'Literal' && key.value === name)
  );
}
