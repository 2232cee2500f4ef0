import { z } from "zod";
import { ArticleIdSchema, StoryIdSchema } from "../domain/ids.js";
import type { CoverageMark, DatePrecision, DiscrepancyKind, EntityType, Story } from "../domain/story.js";
import { enumOf } from "./enum-of.js";

const EvidenceSchema = z.object({ articleId: ArticleIdSchema, start: z.number(), end: z.number() });

const SummaryItemSchema = z.object({
  text: z.string(),
  articleId: ArticleIdSchema,
  start: z.number(),
  end: z.number(),
  alsoIn: z.array(ArticleIdSchema),
});

const EntitySchema = z.object({
  name: z.string(),
  type: enumOf<EntityType>({ person: true, place: true, organization: true, other: true }),
  variants: z.array(z.string()),
  articleIds: z.array(ArticleIdSchema),
  mentions: z.number(),
  evidence: z.array(EvidenceSchema.extend({ text: z.string() })),
  // Stories stored before people's functions were kept have none.
  roles: z
    .array(
      z.object({
        text: z.string(),
        articleIds: z.array(ArticleIdSchema),
        evidence: z.array(EvidenceSchema.extend({ text: z.string() })),
      }),
    )
    .default([]),
});

const QuoteSchema = z.object({
  speaker: z.string().nullable(),
  text: z.string(),
  articleIds: z.array(ArticleIdSchema),
  variants: z.array(EvidenceSchema.extend({ text: z.string(), speakerMention: z.string().nullable() })),
});

const FactSchema = z.object({
  text: z.string(),
  articleIds: z.array(ArticleIdSchema),
  independentSources: z.number(),
  reported: z.boolean(),
  evidence: z.array(EvidenceSchema),
});

const DiscrepancySchema = z.object({
  about: z.string(),
  kind: enumOf<DiscrepancyKind>({
    duration: true,
    quantity: true,
    amount: true,
    date: true,
    time: true,
    place: true,
    speaker: true,
  }),
  values: z.array(
    z.object({
      value: z.string(),
      normalized: z.string(),
      articleIds: z.array(ArticleIdSchema),
      evidence: z.array(EvidenceSchema),
    }),
  ),
});

const TimelineEventSchema = z.object({
  date: z.string(),
  precision: enumOf<DatePrecision>({ day: true, month: true, year: true }),
  text: z.string(),
  expression: z.string(),
  inferred: z.boolean(),
  articleIds: z.array(ArticleIdSchema),
  evidence: z.array(EvidenceSchema),
});

const CoverageRowSchema = z.object({
  articleId: ArticleIdSchema,
  facts: z.array(enumOf<CoverageMark>({ supports: true, omits: true, contradicts: true })),
});

/** A `Story` as read back from a store row: checked, since the database is outside the program. */
export const StorySchema: z.ZodType<Story> = z.object({
  id: StoryIdSchema,
  title: z.string(),
  articleIds: z.array(ArticleIdSchema),
  independentSources: z.number(),
  languages: z.array(z.string()),
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  summary: z.array(SummaryItemSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  facts: z.array(FactSchema),
  discrepancies: z.array(DiscrepancySchema),
  timeline: z.array(TimelineEventSchema),
  coverage: z.array(CoverageRowSchema),
});
