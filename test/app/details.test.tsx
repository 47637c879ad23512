// Issue 6 item 4 and issue 7 item 3: the details show the quote with place and count
// marked, the article; text from articles is text, never HTML; links only http(s).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { textChunkOf, textChunkPath } from '../../src/pipeline/output/article-texts.ts';
import { liveMap } from './fake-map-adapter.ts';
import { fixtureClaims, fixtureFetch } from './fixture-fetch.ts';
import { renderApp } from './render-app.tsx';

const details = () => screen.getByRole('region', { name: 'Claim details' });
/** The selected claim's quote, once the details show it (their code comes after the first render). */
const quote = () =>
  waitFor(() => {
    const element = details().querySelector('blockquote');
    if (!element) throw new Error('no quote in the details yet');
    return element;
  });
const listButton = (text: RegExp) =>
  within(screen.getByRole('list', { name: 'Claims' }))
    .getAllByRole('button')
    .find((button) => text.test(button.textContent ?? ''));

describe('details', () => {
  it('selecting in the list shows the quote with the place and the count marked', async () => {
    const user = userEvent.setup();
    const { maps } = await renderApp();
    const button = listButton(/RIA Novosti/);
    if (!button) throw new Error('no RIA Novosti claim in the list');
    await user.click(button);
    const region = details();
    expect((await quote()).textContent).toBe(
      '24 Ukrainian soldiers surrendered near Komarovka, according to RIA Novosti.',
    );
    expect(within(region).getByText('Komarovka', { selector: 'mark' }).className).toBe('hl-place');
    expect(within(region).getByText('24', { selector: 'mark' }).className).toBe('hl-count');
    expect(within(region).getByText(/Russia/, { selector: 'dd' })).toBeTruthy();
    expect(
      within(region).getByRole('link', { name: 'Ukrainian troops surrender in Kursk Region' }).getAttribute('href'),
    ).toBe('https://example.org/kursk-surrender');
    expect(within(region).getByText('Hedged (claimed, unverified)')).toBeTruthy();
    expect(button.getAttribute('aria-current')).toBe('true');
    const map = liveMap(maps);
    expect(map.selected).toBe('a01_kursk:57');
    expect(map.flights).toEqual([{ lon: 35.0122, lat: 51.3261 }]);
  });

  it('a click on the map selects the claim in the details and the list', async () => {
    const { maps } = await renderApp();
    act(() => liveMap(maps).handlers.current.onSelectClaims(['a02_sbu:45']));
    expect((await quote()).textContent).toMatch(/^102 Russian conscripts/);
    expect(document.querySelector('[data-claim-id="a02_sbu:45"] button')?.getAttribute('aria-current')).toBe('true');
    expect(liveMap(maps).flights).toEqual([]);
  });

  it('several claims under a click are listed to choose from', async () => {
    const user = userEvent.setup();
    const { maps } = await renderApp();
    act(() => liveMap(maps).handlers.current.onSelectClaims(['a01_kursk:57', 'a01_kursk:174']));
    expect(await within(details()).findByRole('heading', { name: '2 claims at Komarovka' })).toBeTruthy();
    await user.click(within(details()).getAllByRole('button', { name: /Surrender/ })[1] as HTMLElement);
    expect((await quote()).textContent).toMatch(/^At least 5/);
  });

  it('links only for http and https', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(listButton(/2024-08-07.*Capture/) as HTMLElement);
    expect(await within(details()).findByText('The incursion, day one')).toBeTruthy();
    expect(within(details()).queryByRole('link')).toBeNull();
  });

  it('"Show in article" opens the text with the quote highlighted, Escape closes it', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(listButton(/RIA Novosti/) as HTMLElement);
    await user.click(await within(details()).findByRole('button', { name: 'Show in article' }));
    const dialog = await screen.findByRole('dialog', { name: /Ukrainian troops surrender/ });
    await waitFor(() => expect(dialog.querySelector('mark.hl-quote')).toBeTruthy());
    expect(dialog.querySelector('mark.hl-quote')?.textContent).toBe(
      '24 Ukrainian soldiers surrendered near Komarovka, according to RIA Novosti.',
    );
    expect(dialog.textContent).toMatch(/^Ukrainian troops surrender/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('an article text that is missing gives a message, and the quote still', async () => {
    const user = userEvent.setup();
    await renderApp({ fetch: fixtureFetch({ [textChunkPath(textChunkOf('a01_kursk'))]: null }) });
    await user.click(listButton(/RIA Novosti/) as HTMLElement);
    await user.click(await within(details()).findByRole('button', { name: 'Show in article' }));
    const dialog = await screen.findByRole('dialog');
    expect((await within(dialog).findByRole('alert')).textContent).toBe('The article text was not found.');
  });

  it('an article text file without the article gives a message naming the file', async () => {
    const user = userEvent.setup();
    const file = textChunkPath(textChunkOf('a01_kursk'));
    await renderApp({ fetch: fixtureFetch({ [file]: '[{"id":"another","text":"Other words."}]' }) });
    await user.click(listButton(/RIA Novosti/) as HTMLElement);
    await user.click(await within(details()).findByRole('button', { name: 'Show in article' }));
    const dialog = await screen.findByRole('dialog');
    expect((await within(dialog).findByRole('alert')).textContent).toBe(`The article text is not in ${file}.`);
  });

  it('an HTML payload in a quote, source and title renders as text', async () => {
    const user = userEvent.setup();
    const payload = '<img src=x onerror="window.__xss=1">';
    const claims = fixtureClaims();
    const first = claims.features[0];
    if (!first) throw new Error('empty fixture');
    first.properties.quote = `${payload} surrendered near Komarovka`;
    first.properties.source = payload;
    const articles = JSON.parse(await (await fixtureFetch()('articles.json')).text()) as {
      id: string;
      title: string;
    }[];
    for (const article of articles) article.title = payload;
    await renderApp({
      fetch: fixtureFetch({ 'claims.geojson': JSON.stringify(claims), 'articles.json': JSON.stringify(articles) }),
    });
    await user.click(listButton(/<img/) as HTMLElement);
    expect((await quote()).textContent).toContain(payload);
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});
