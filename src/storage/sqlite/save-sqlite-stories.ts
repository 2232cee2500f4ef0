import type Database from "better-sqlite3";
import type { StoryId } from "../../domain/ids.js";
import type { Story } from "../../domain/story.js";

/**
 * `Store.saveStories` on SQLite: the stories written with their members and outlets, `removedIds`
 * deleted and the stories version raised, in one IMMEDIATE transaction.
 */
export function saveSqliteStories(
  db: Database.Database,
  stories: readonly Story[],
  removedIds: readonly StoryId[],
): void {
  const remove = db.prepare("DELETE FROM stories WHERE id = ?");
  const upsert = db.prepare(
    `INSERT INTO stories (id, title, article_count, independent_sources, languages, sources, period_from, period_to, json)
     VALUES (@id, @title, @articleCount, @independentSources, @languages, '[]', @from, @to, @json)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, article_count = excluded.article_count,
       independent_sources = excluded.independent_sources, languages = excluded.languages,
       period_from = excluded.period_from, period_to = excluded.period_to, json = excluded.json`,
  );
  const clearMembers = db.prepare("DELETE FROM story_articles WHERE story_id = ?");
  const addMember = db.prepare("INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?, ?)");
  const setSources = db.prepare(
    `UPDATE stories SET sources = (
       SELECT json_group_array(source) FROM (
         SELECT DISTINCT a.source FROM story_articles m JOIN articles a ON a.id = m.article_id
         WHERE m.story_id = @id ORDER BY a.source))
     WHERE id = @id`,
  );
  const raiseVersion = db.prepare("UPDATE store_state SET value = value + 1 WHERE key = 'stories_version'");
  db.transaction(() => {
    raiseVersion.run();
    for (const id of removedIds) remove.run(id);
    for (const story of stories) {
      upsert.run({
        id: story.id,
        title: story.title,
        articleCount: story.articleIds.length,
        independentSources: story.independentSources,
        languages: JSON.stringify(story.languages),
        from: story.period.from,
        to: story.period.to,
        json: JSON.stringify(story),
      });
      clearMembers.run(story.id);
      for (const articleId of story.articleIds) addMember.run(story.id, articleId);
      setSources.run({ id: story.id });
    }
  }).immediate();
}

/** `Store.storiesVersion` on SQLite. */
export function sqliteStoriesVersion(db: Database.Database): number {
  const row = db.prepare("SELECT value FROM store_state WHERE key = 'stories_version'").get() as
    | { value: number }
    | undefined;
  return row?.value ?? 0;
}
