/** What User resolvers receive: a Prisma User row or the request's Viewer. */
export interface UserParent {
  id: string;
  email: string;
  name: string;
  role: string;
}
