import type { Article } from "../../domain/article.js";
import type { ArticleId } from "../../domain/ids.js";
import type { StoryTask } from "./batch-tasks.js";

/** Articles per story-building task (a larger story is one task). */
const BUILD_CHUNK = 60;

/** Stories packed into tasks of about `BUILD_CHUNK` articles, largest stories first (they take longest). */
export function storyTasks(
  groups: readonly (readonly ArticleId[])[],
  articleOf: (id: ArticleId) => Article,
  duplicates: ReadonlyMap<ArticleId, ArticleId>,
): StoryTask[][] {
  const tasks: StoryTask[][] = [];
  let current: StoryTask[] = [];
  let size = 0;
  for (const group of [...groups].sort((a, b) => b.length - a.length)) {
    current.push({
      articles: group.map(articleOf),
      duplicates: group.flatMap((id) => {
        const root = duplicates.get(id);
        return root === undefined ? [] : [[id, root] as [ArticleId, ArticleId]];
      }),
    });
    size += group.length;
    if (size >= BUILD_CHUNK) {
      tasks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) tasks.push(current);
  return tasks;
}
