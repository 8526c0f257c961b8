import { describe, expect, it } from 'vitest';
import { detect } from '../../src/engine/detect.ts';
import type { Finding } from '../../src/engine/types.ts';
import { loadSeedArticle } from './support/corpus.ts';

/** The article the product started from, with the verdicts the evidence sheet gives its claims. */
describe('seed article', () => {
  const text = loadSeedArticle();
  const findings = detect(text);
  const covering = (phrase: string) => {
    const at = text.indexOf(phrase);
    expect(at, phrase).toBeGreaterThanOrEqual(0);
    return findings.filter((f) => f.start <= at && f.end >= at + phrase.length);
  };
  const labels = (list: Finding[]) => list.map((f) => `${f.kind}:${f.stance}`);

  it('calls the toothbrush and pumice step harsh exfoliation it recommends', () => {
    expect(labels(covering('soft-bristled toothbrush or a pumice stone'))).toContain(
      'harsh-exfoliation:recommends',
    );
  });

  it('calls the needle or pin step DIY extraction it recommends, as a warning', () => {
    const step = covering('use a sterilized needle or pin to gently lift the skin');
    expect(labels(step)).toContain('diy-extraction:recommends');
    expect(step.map((f) => f.severity)).toContain('warning');
  });

  it('flags "surgical blade to sand down" as a myth', () => {
    expect(labels(covering('surgical blade to gently sand down'))).toContain('myth:describes');
  });

  it.each(['Dermabrasion', 'Chemical peels', 'Laser therapy'])('calls %s professional', (name) => {
    const at = text.indexOf(`${name}:`);
    const own = findings.filter((f) => f.start === at);
    expect(own.map((f) => f.kind)).toContain('professional');
    expect(own.filter((f) => f.kind === 'diy-extraction')).toEqual([]);
  });

  it('does not warn about the warm washcloth step', () => {
    const step = covering('Use a warm, damp washcloth');
    expect(step.length).toBeGreaterThan(0);
    const next = covering('This can help soften the skin');
    expect(
      [...step, ...next].filter((f) => f.severity === 'warning' || f.severity === 'danger'),
    ).toEqual([]);
  });
});
