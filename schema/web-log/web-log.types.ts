import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class PathCount {
  @Field(() => String)
  path: string;

  @Field(() => Int)
  requests: number;
}

@ObjectType()
export class BrowserCount {
  @Field(() => String, {
    description: 'a family such as Chrome, Firefox, Safari, Bot, HTTP library; never the user-agent header',
  })
  browser: string;

  @Field(() => Int)
  requests: number;

  @Field(() => Int)
  visitors: number;
}

@ObjectType({ description: 'one UTC day of web traffic, in aggregate: no address, no user agent' })
export class WebTrafficDay {
  @Field(() => String, { description: 'YYYY-MM-DD (UTC)' })
  day: string;

  @Field(() => Int)
  requests: number;

  @Field(() => Int, {
    description:
      'distinct client addresses that day (counted by salted hash, so truncation does not change it)',
  })
  visitors: number;

  @Field(() => Int, { description: 'answers with a 4xx status' })
  clientErrors: number;

  @Field(() => Int, { description: 'answers with a 5xx status' })
  serverErrors: number;

  @Field(() => [PathCount], { description: 'the most requested paths, at most 10' })
  topPaths: PathCount[];

  @Field(() => [BrowserCount])
  browsers: BrowserCount[];
}

@ObjectType({
  description: 'one request, from a purpose-bound look-up by address (operators, purpose SECURITY, logged)',
})
export class WebAccessEntry {
  @Field(() => Date)
  at: Date;

  @Field(() => String, { nullable: true, description: 'the client address, or its network once truncated' })
  ip: string | null;

  @Field(() => Boolean)
  ipTruncated: boolean;

  @Field(() => String)
  method: string;

  @Field(() => String)
  path: string;

  @Field(() => Int)
  status: number;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => String)
  browser: string;
}
