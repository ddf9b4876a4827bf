/**
 * The built-in entities for the knowledge tab, loaded when it first needs them: a chunk of their
 * own (lib/knowledge/builtin-data.ts), so that the rest of the options page, and the popup, never
 * load the knowledge base.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntityRecord } from '../../lib/knowledge/types';

let loading: Promise<readonly EntityRecord[]> | undefined;

export function loadBuiltin(): Promise<readonly EntityRecord[]> {
  loading ??= import('../../lib/knowledge/builtin-data').then((m) => m.BUILTIN_ENTITIES);
  return loading;
}

let ids: Promise<ReadonlySet<string>> | undefined;

/** The built-in entities' ids (what a knowledge file may edit). */
export function builtinIds(): Promise<ReadonlySet<string>> {
  ids ??= loadBuiltin().then((entities) => new Set(entities.map((e) => e.id)));
  return ids;
}

/** The built-in entities once they are loaded (undefined until then). */
export function useBuiltin(): readonly EntityRecord[] | undefined {
  const [entities, setEntities] = useState<readonly EntityRecord[]>();
  useEffect(() => {
    let live = true;
    void loadBuiltin().then((e) => {
      if (live) setEntities(e);
    });
    return () => {
      live = false;
    };
  }, []);
  return entities;
}
