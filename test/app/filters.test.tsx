// Issue 6 items 3 and 8: each filter changes the status, the list and what the map draws.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type FakeMap, liveMap, mapIds } from './fake-map-adapter.ts';
import { renderApp } from './render-app.tsx';

const status = () => screen.getByRole('status').textContent;
const listItems = () => within(screen.getByRole('list', { name: 'Claims' })).queryAllByRole('listitem');
const sideBox = (name: string) =>
  within(screen.getByRole('group', { name: 'Reporting side' })).getByRole('checkbox', { name: new RegExp(`^${name}`) });

/** How many claims the map was last asked to draw; the same ids as the list, in order. */
function mapCount(map: FakeMap): number {
  const ids = mapIds(map);
  const listed = listItems().map((item) => item.getAttribute('data-claim-id'));
  expect(ids).toEqual(listed);
  return ids.length;
}

describe('filters', () => {
  it('starts with every claim shown, in the status, the list and the map', async () => {
    const { maps } = await renderApp();
    expect(status()).toBe('Showing 30 of 30 claims');
    expect(listItems()).toHaveLength(30);
    expect(mapCount(liveMap(maps))).toBe(30);
  });

  it('a side toggle changes the status, the list and the filter the map receives', async () => {
    const user = userEvent.setup();
    const { maps } = await renderApp();
    const russia = sideBox('Russia');
    expect(russia.getAttribute('aria-label') ?? russia.closest('label')?.textContent).toMatch(/^Russia\s*11$/);
    await user.click(russia);
    expect(status()).toBe('Showing 19 of 30 claims');
    expect(listItems()).toHaveLength(19);
    expect(mapCount(liveMap(maps))).toBe(19);
  });

  it('side checkboxes are named Russia, Ukraine, Independent and Unknown', async () => {
    await renderApp();
    for (const side of ['Russia', 'Ukraine', 'Independent', 'Unknown']) expect(sideBox(side)).toBeTruthy();
  });

  it('an event toggle narrows the claims', async () => {
    const user = userEvent.setup();
    const { maps } = await renderApp();
    await user.click(screen.getByRole('checkbox', { name: /^Surrender/ }));
    expect(status()).toBe('Showing 24 of 30 claims');
    expect(mapCount(liveMap(maps))).toBe(24);
  });

  it('sources: only, none, all and search, inside the group "Sources"', async () => {
    const user = userEvent.setup();
    const { maps } = await renderApp();
    const sources = screen.getByRole('group', { name: 'Sources' });
    await user.click(within(sources).getByRole('button', { name: 'Only RIA Novosti' }));
    expect(status()).toBe('Showing 1 of 30 claims');
    expect(mapCount(liveMap(maps))).toBe(1);
    await user.click(within(sources).getByRole('button', { name: 'None' }));
    expect(status()).toBe('Showing 0 of 30 claims');
    expect(screen.getByText('No claims match these filters.', { selector: 'p' })).toBeTruthy();
    await user.click(within(sources).getByRole('button', { name: 'All' }));
    expect(status()).toBe('Showing 30 of 30 claims');
    await user.type(within(sources).getByRole('searchbox', { name: 'Search sources' }), 'nexta');
    expect(within(sources).getAllByRole('checkbox')).toHaveLength(1);
  });

  it('unticking one source keeps the others', async () => {
    const user = userEvent.setup();
    await renderApp();
    const sources = screen.getByRole('group', { name: 'Sources' });
    await user.click(within(sources).getByRole('checkbox', { name: /^Rybar/ }));
    expect(status()).toBe('Showing 27 of 30 claims');
    await user.click(within(sources).getByRole('checkbox', { name: /^Rybar/ }));
    expect(status()).toBe('Showing 30 of 30 claims');
  });

  it('side counts leave out the side filter itself', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(sideBox('Russia'));
    expect(sideBox('Russia').closest('label')?.textContent).toMatch(/11$/);
  });

  it('reset filters from the empty state brings every claim back', async () => {
    const user = userEvent.setup();
    await renderApp();
    for (const side of ['Russia', 'Ukraine', 'Independent', 'Unknown']) await user.click(sideBox(side));
    expect(status()).toBe('Showing 0 of 30 claims');
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(status()).toBe('Showing 30 of 30 claims'));
  });

  it('unlocated claims are in the list, marked', async () => {
    await renderApp();
    expect(within(screen.getByRole('list', { name: 'Claims' })).getAllByText('Unlocated')).toHaveLength(3);
  });
});
