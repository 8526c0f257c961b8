import { RED_FLAGS } from '../evidence/red-flags.ts';
import type { RedFlag } from '../evidence/types.ts';

const GROUPS: { audience: RedFlag['audience']; title: string }[] = [
  { audience: 'anyone', title: 'Anyone' },
  { audience: 'adult', title: 'Adults' },
  { audience: 'baby', title: 'Babies' },
];

/** "When to see a clinician": the evidence sheet's red flags, by who they concern. */
export function RedFlags() {
  return (
    <section class="red-flags" aria-labelledby="red-flags-title">
      <h2 id="red-flags-title">When to see a clinician</h2>
      {GROUPS.map(({ audience, title }) => (
        <div key={audience}>
          <h3>{title}</h3>
          <ul>
            {RED_FLAGS.filter((flag) => flag.audience === audience).map((flag) => (
              <li key={flag.id}>{flag.text}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
