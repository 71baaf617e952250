import { DEFAULT_PAGE_SIZE, isSafeText, MAX_PAGE_SIZE } from '@lao/domain';
import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { AppError, badInput } from './app-error';

/** Relay paging arguments shared by every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}

/** Builds `XConnection` and `XEdge` object types for a node type. */
export function Paginated<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType implements Connection<T> {
    @Field(() => Int)
    totalCount: number;

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => [Edge])
    edges: Edge[];
  }
  return ConnectionType;
}

/** Cursors are opaque to clients: base64url of the sort key. */
export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

export const MAX_CURSOR_LENGTH = 200;

/**
 * Whether a client's `after` is a cursor we could have made: base64url (Node's decoder skips other characters
 * rather than refusing them) of `k:` and a key without control characters, which would reach SQL as a sort key
 * (PostgreSQL refuses NUL in text). Checked for every cursor argument before anything runs (input-scalars.ts).
 */
export function isValidCursor(cursor: string): boolean {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]*$/.test(cursor)) return false;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return text.startsWith('k:') && isSafeText(text, { line: true });
}

export function decodeCursor(cursor: string): string {
  if (!isValidCursor(cursor)) throw badInput('input.badCursor');
  return Buffer.from(cursor, 'base64url').toString('utf8').slice(2);
}

/** Validates paging arguments: a page larger than the maximum is refused, not silently clamped. */
export function pageWindow(args: PageArgs): { limit: number; afterKey: string | null } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new AppError('BAD_USER_INPUT', 'input.pageTooLarge', { maximum: MAX_PAGE_SIZE });
  }
  return { limit: first, afterKey: args.after ? decodeCursor(args.after) : null };
}

/** Turns `limit + 1` fetched rows into a connection (the extra row only tells whether a next page exists). */
export function toConnection<T>(rows: T[], limit: number, totalCount: number, keyOf: (row: T) => string): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    totalCount,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
  };
}
