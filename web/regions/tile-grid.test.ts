import { describe, expect, it } from 'vitest';
import { normaliseRegion, subjects } from '../../graph-schema/regions.js';
import { gridSize, tileOf, tiles } from './tile-grid.js';

describe('the tile-grid map of Russia', () => {
  it('has exactly one tile per subject of the Federation, under its canonical name', () => {
    expect(subjects).toHaveLength(89);
    expect(Object.keys(tiles).sort()).toEqual([...subjects].sort());
    for (const name of Object.keys(tiles)) expect(normaliseRegion(name)).toBe(name);
  });

  it('never puts two tiles on the same square', () => {
    const seen = new Map<string, string>();
    for (const [name, tile] of Object.entries(tiles)) {
      const at = `${tile.row},${tile.col}`;
      expect(seen.get(at), `${name} and ${seen.get(at)} share ${at}`).toBeUndefined();
      seen.set(at, name);
    }
    expect(seen.size).toBe(89);
  });

  it('keeps the geography: north above south, west left of east', () => {
    const at = (name: string) => tileOf(name)!;
    expect(at('Мурманская область').row).toBeLessThan(at('Московская область').row);
    expect(at('Московская область').row).toBeLessThan(at('Краснодарский край').row);
    expect(at('Калининградская область').col).toBeLessThan(at('Москва').col);
    expect(at('Москва').col).toBeLessThan(at('Новосибирская область').col);
    expect(at('Новосибирская область').col).toBeLessThan(at('Приморский край').col);
    expect(Math.abs(at('Москва').col - at('Московская область').col) + Math.abs(at('Москва').row - at('Московская область').row)).toBe(1);
  });

  it('labels every tile briefly and fits a small grid', () => {
    const shorts = Object.values(tiles).map((x) => x.short);
    for (const s of shorts) expect(s.length).toBeLessThanOrEqual(5);
    expect(new Set(shorts).size).toBe(shorts.length);
    expect(gridSize).toEqual({ rows: 11, cols: 18 });
    expect(tileOf('Атлантида')).toBeNull();
  });
});
