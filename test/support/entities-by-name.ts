import type { Entity } from "../../src/domain/index.js";
import { extractEntities } from "../../src/stages/extract/entities/index.js";
import { makeAnalyzedArticle, testArticleId } from "./analyzed-article.js";

/** The entities `extractEntities` finds in one article of `text`, by name. */
export function entitiesByName(text: string, language: string): Map<string, Entity> {
  const doc = makeAnalyzedArticle(text, { id: testArticleId(1), language });
  return new Map(extractEntities([doc]).map((entity) => [entity.name, entity]));
}
