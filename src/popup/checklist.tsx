import { useEffect, useState } from 'preact/hooks';
import { HOME_CARE_CHECKLIST } from '../evidence/checklist.ts';
import type { ChecklistProgress } from '../settings/schema.ts';
import {
  loadChecklistProgress,
  saveChecklistProgress,
  watchChecklistProgress,
} from '../settings/storage.ts';

/** The home-care checklist. Ticks are kept in local storage, so they outlast the popup. */
export function Checklist({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  const [progress, setProgress] = useState<ChecklistProgress | null>(null);
  useEffect(() => {
    void loadChecklistProgress().then(setProgress);
    return watchChecklistProgress(setProgress);
  }, []);
  const update = (next: ChecklistProgress) => {
    setProgress(next);
    void saveChecklistProgress(next);
  };
  const done = HOME_CARE_CHECKLIST.filter((item) => progress?.[item.id]).length;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <Heading id="checklist-title">Home-care checklist</Heading>
      <p class="checklist__progress" aria-live="polite">
        {done} of {HOME_CARE_CHECKLIST.length} ticked
      </p>
      <ul class="checklist__items">
        {HOME_CARE_CHECKLIST.map((item) => (
          <li key={item.id}>
            <label class="checklist__item">
              <input
                type="checkbox"
                checked={progress?.[item.id] === true}
                disabled={progress === null}
                aria-describedby={`why-${item.id}`}
                onChange={(e) => update({ ...progress, [item.id]: e.currentTarget.checked })}
              />
              <span>{item.text}</span>
            </label>
            <p class="checklist__why" id={`why-${item.id}`}>
              {item.why}
            </p>
          </li>
        ))}
      </ul>
      <button type="button" class="button" disabled={done === 0} onClick={() => update({})}>
        Clear all ticks
      </button>
    </section>
  );
}
