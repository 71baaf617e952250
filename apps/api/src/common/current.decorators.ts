import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from './context';

export const requestContext = (context: ExecutionContext): RequestContext =>
  GqlExecutionContext.create(context).getContext<RequestContext>();

/** The caller of this request (user, API key or anonymous). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext) => requestContext(context).actor);

/** The whole request context: actor, language, loaders. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext) => requestContext(context));
