// A Kùzu database made by an older version gains the properties added to the model since.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';
import { describe, expect, it } from 'vitest';
import { KuzuEngine } from '../api/engine/index.js';
import { nodeTables } from './model.js';

describe('Kùzu schema upgrade', () => {
  it('adds the Region properties an older database lacks and keeps its rows', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ddl-upgrade-'));
    const file = path.join(dir, 'graph.kuzu');
    try {
      // The database as the first release made it: Region with id and name only.
      const old = new kuzu.Database(file);
      const conn = new kuzu.Connection(old);
      await conn.query('CREATE NODE TABLE Region(id STRING, name STRING, PRIMARY KEY(id))');
      await conn.query("CREATE (:Region {id: 'Тульская область', name: 'Тульская область'})");
      await conn.close();
      await old.close();

      const engine = new KuzuEngine(file);
      await engine.ensureSchema();
      const regionProps = Object.keys(nodeTables.find((t) => t.label === 'Region')!.props);
      expect(regionProps.length).toBeGreaterThan(2);
      const returned = regionProps.map((p) => `g.${p} AS ${p}`).join(', ');
      const [row] = await engine.read(`MATCH (g:Region) RETURN ${returned}`);
      expect(row?.name).toBe('Тульская область');
      expect(Object.keys(row!).sort()).toEqual([...regionProps].sort());
      // and a second start changes nothing
      await engine.ensureSchema();
      expect(await engine.read('MATCH (g:Region) RETURN count(g) AS n')).toEqual([{ n: 1 }]);
      await engine.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
