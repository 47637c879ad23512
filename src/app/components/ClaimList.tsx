/**
 * The shown claims in date order (issue 6 item 5): a list named "Claims", one listitem
 * per claim, synchronized with the map through the store's selection. Claims without a
 * place are marked unlocated. Past VIRTUAL_AFTER claims only the rows in view (and a
 * margin) are in the DOM, each with aria-setsize and aria-posinset so assistive
 * technology still reads "claim 5,210 of 98,000" (issue 8 item 3); there the list follows
 * a filter change one frame after the map, and during a scrub at most every 150 ms
 * (use-after-frame.ts), and the list does not render in the step's input task.
 */
import { type CSSProperties, useEffect, useRef, useState } from 'react';
import { summarizeRow } from '../../pipeline/filter/claim-table.ts';
import { DEFAULT_FILTERS } from '../../pipeline/filter/filter-state.ts';
import { SIDE_COLORS, SIDE_LABELS } from '../palette.ts';
import { selectSelectedRow, selectVisible } from '../store/selectors.ts';
import { useAppStore, useAppStoreApi } from '../store/store-context.tsx';
import { useStoreAfterFrame } from '../use-after-frame.ts';
import { eventLabel } from './labels.ts';

export const VIRTUAL_AFTER = 300;
/** px; the virtual list's rows are this tall (app.css .claim-list.virtual li) */
export const ROW_HEIGHT = 52;
const VIEW_HEIGHT = 480;
const MARGIN = 10;

/** Position of a row in the sorted shown rows, or -1. O(log n). */
function positionOf(rows: Int32Array, row: number): number {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = rows[middle] ?? 0;
    if (value === row) return middle;
    if (value < row) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export function ClaimList() {
  const table = useAppStore((state) => state.table);
  // Past the virtual threshold, a filter change shows on the map first, the list a frame later.
  const rows = useStoreAfterFrame(useAppStoreApi(), selectVisible, table.count > VIRTUAL_AFTER);
  const selected = useAppStore((state) => state.selected);
  const selectedRow = useAppStore(selectSelectedRow);
  const selectFrom = useAppStore((state) => state.selectFrom);
  const select = useAppStore((state) => state.select);
  const setFilters = useAppStore((state) => state.setFilters);
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const virtual = rows.length > VIRTUAL_AFTER;

  useEffect(() => {
    if (selected === null || selectFrom === 'list') return;
    const list = listRef.current;
    if (virtual && list) {
      const position = positionOf(rows, selectedRow);
      if (position >= 0) {
        const top = position * ROW_HEIGHT;
        if (top < list.scrollTop || top + ROW_HEIGHT > list.scrollTop + list.clientHeight) {
          list.scrollTop = Math.max(0, top - list.clientHeight / 2);
        }
      }
      return;
    }
    const item = list?.querySelector(`[data-claim-id="${CSS.escape(selected)}"]`);
    item?.scrollIntoView?.({ block: 'nearest' });
  }, [selected, selectedRow, selectFrom, virtual, rows]);

  if (table.count === 0) return null;
  const first = virtual ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - MARGIN) : 0;
  const last = virtual
    ? Math.min(rows.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + MARGIN)
    : rows.length;
  const shown = Array.from(rows.subarray(first, last));
  const listStyle: CSSProperties | undefined = virtual
    ? { height: VIEW_HEIGHT, overflowY: 'auto', position: 'relative' }
    : undefined;
  return (
    <section className={virtual ? 'claim-list virtual' : 'claim-list'} aria-labelledby="claims-title">
      <h2 id="claims-title" className="panel-title">
        Claims
      </h2>
      {rows.length === 0 ? (
        <div className="empty">
          <p>No claims match these filters.</p>
          <button type="button" onClick={() => setFilters(DEFAULT_FILTERS)}>
            Reset filters
          </button>
        </div>
      ) : null}
      <ul
        ref={listRef}
        aria-label="Claims"
        style={listStyle}
        onScroll={virtual ? (event) => setScrollTop(event.currentTarget.scrollTop) : undefined}
      >
        {virtual && <li aria-hidden="true" style={{ height: rows.length * ROW_HEIGHT, listStyle: 'none' }} />}
        {shown.map((row, index) => {
          const claim = summarizeRow(table, row);
          const position = first + index;
          const style: CSSProperties | undefined = virtual
            ? { position: 'absolute', top: position * ROW_HEIGHT, left: 0, right: 0, height: ROW_HEIGHT }
            : undefined;
          return (
            <li
              key={claim.id}
              data-claim-id={claim.id}
              aria-setsize={rows.length}
              aria-posinset={position + 1}
              style={style}
            >
              <button
                type="button"
                className="claim-item"
                aria-current={claim.id === selected ? 'true' : undefined}
                onClick={() => select(claim.id, 'list')}
              >
                <span className="claim-item-top">
                  <span className="swatch" style={{ background: SIDE_COLORS[claim.side] }} aria-hidden="true" />
                  <span className="claim-date">{claim.date}</span>
                  <span className="claim-event">{eventLabel(claim.event)}</span>
                  {claim.point === null ? (
                    <span className="badge">Unlocated</span>
                  ) : (
                    <span className="claim-place">{claim.place}</span>
                  )}
                </span>
                <span className="claim-source">
                  {claim.source} <span className="muted">({SIDE_LABELS[claim.side]})</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
