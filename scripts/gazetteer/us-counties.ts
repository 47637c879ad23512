/**
 * US counties (second-level regions) for the gazetteer: "Laurel County", "Rapides Parish",
 * "Matanuska-Susitna Borough". country-state-city's city list carries them as GeoNames ADM2
 * records (name, state, GeoNames point), e.g. ["Laurel County","US","KY","37.11067","-84.1178"].
 * News names them "X County" or "X Co." and rarely by the bare "X" (which is usually a town),
 * so only the full forms become keys.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export type County = { name: string; state: string; lat: number; lon: number; variants: string[] };

const HEAD = /^(.+?)\s+(County|Parish|Borough|Census Area|City and Borough|Municipality)$/;

export async function readUsCounties(cscAssetsDir: string): Promise<County[]> {
  const rows = JSON.parse(await readFile(path.join(cscAssetsDir, 'city.json'), 'utf8')) as string[][];
  const counties: County[] = [];
  for (const row of rows) {
    const [name, country, state, lat, lon] = row;
    if (country !== 'US' || !name || !state) continue;
    const match = HEAD.exec(name);
    if (!match) continue;
    const stem = match[1] as string;
    const head = match[2] as string;
    const variants = [name];
    if (head === 'County') variants.push(`${stem} Co.`, `${stem} Co`);
    counties.push({ name, state, lat: Number(lat), lon: Number(lon), variants });
  }
  return counties;
}
