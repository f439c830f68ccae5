import { useState } from 'preact/hooks';
import type { FindingEntry } from '../display/panel-drawing';
import type { Mark, Marks } from '../settings/schema';
import { FindingItem } from './FindingItem';

/** Findings shown per section before « Voir les N autres ». */
const FINDINGS_SHOWN = 50;

/** One severity's findings; a long list shows its first fifty, then « Voir les N autres points ». */
export function FindingList({
  entries,
  instructor,
  marks,
  onMarkChange,
  onShowField,
}: {
  entries: readonly FindingEntry[];
  instructor: boolean;
  marks: Marks;
  onMarkChange(key: string, mark: Mark): void;
  onShowField(path: string): void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? entries : entries.slice(0, FINDINGS_SHOWN);
  const hidden = entries.length - shown.length;
  return (
    <>
      <ul class="ac-findings">
        {shown.map((e) => (
          <FindingItem
            key={e.key}
            entry={e}
            instructor={instructor}
            mark={marks[e.key]}
            onMarkChange={onMarkChange}
            onShowField={onShowField}
          />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" class="ac-button ac-more" onClick={() => setAll(true)}>
          Voir {hidden > 1 ? `les ${hidden} autres points` : 'l’autre point'}
        </button>
      )}
    </>
  );
}
