/**
 * A filter's checkbox, memoized on its value and state: when only the count beside it changes
 * (on every date-slider step), it does not re-render. React rewrites an input's name and type
 * on every update it commits to it, so a panel of a few hundred source checkboxes re-rendered
 * for their counts cost that many DOM writes per step (issue 8).
 */
import { memo } from 'react';

type Props<V extends string> = {
  value: V;
  checked: boolean;
  /** a stable function (a store action) */
  onToggle: (value: V) => void;
};

function Checkbox<V extends string>({ value, checked, onToggle }: Props<V>) {
  return <input type="checkbox" checked={checked} onChange={() => onToggle(value)} />;
}

export const FilterCheckbox = memo(Checkbox) as typeof Checkbox;
