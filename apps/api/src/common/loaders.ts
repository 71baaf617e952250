import DataLoader from 'dataloader';

/**
 * This request's DataLoaders, made on first use. A module asks for its loader by name with its batch function,
 * so every relation a page touches is fetched in one query per kind, never one per row.
 */
export class Loaders {
  private readonly byName = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | null)[]>): DataLoader<K, V | null> {
    let loader = this.byName.get(name);
    if (!loader) {
      loader = new DataLoader<K, V | null>(batch, { maxBatchSize: 1000 }) as DataLoader<unknown, unknown>;
      this.byName.set(name, loader);
    }
    return loader as DataLoader<K, V | null>;
  }
}
