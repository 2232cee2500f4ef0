// B-cubed precision and recall (Bagga & Baldwin 1998) of a clustering against gold classes:
// per item, the share of its predicted cluster that is in its gold class (precision) and the share
// of its gold class that is in its predicted cluster (recall), averaged over items.

export interface BCubedScores {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Scores `predicted` (clusters of item keys) against `gold` (item key → gold class). Every item of
 * `gold` must be in exactly one predicted cluster, and nothing else may be: a bad call throws.
 */
export function bCubed(predicted: readonly (readonly string[])[], gold: ReadonlyMap<string, string>): BCubedScores {
  const clusterOf = new Map<string, number>();
  predicted.forEach((cluster, index) => {
    for (const item of cluster) {
      if (!gold.has(item)) throw new Error(`bCubed: predicted item ${item} has no gold class`);
      if (clusterOf.has(item)) throw new Error(`bCubed: item ${item} is in two predicted clusters`);
      clusterOf.set(item, index);
    }
  });
  if (clusterOf.size !== gold.size)
    throw new Error(`bCubed: ${gold.size - clusterOf.size} gold items are in no cluster`);
  if (gold.size === 0) return { precision: 1, recall: 1, f1: 1 };
  // Count items per (predicted cluster, gold class) cell, per cluster and per class.
  const cell = new Map<string, number>();
  const clusterSize = new Map<number, number>();
  const classSize = new Map<string, number>();
  for (const [item, goldClass] of gold) {
    const cluster = clusterOf.get(item)!;
    const key = `${cluster}\u0000${goldClass}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
    clusterSize.set(cluster, (clusterSize.get(cluster) ?? 0) + 1);
    classSize.set(goldClass, (classSize.get(goldClass) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [key, count] of cell) {
    const [clusterText, goldClass] = key.split("\u0000") as [string, string];
    const cluster = Number(clusterText);
    // Each of the `count` items in this cell has `count` correct companions.
    precision += (count * count) / clusterSize.get(cluster)!;
    recall += (count * count) / classSize.get(goldClass)!;
  }
  precision /= gold.size;
  recall /= gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
