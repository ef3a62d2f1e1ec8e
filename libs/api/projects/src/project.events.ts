/**
 * Facts a project is judged by changed (its fields, a milestone's actual date, or it was just
 * created): published inside the writing transaction, so whoever derives from the facts (policy
 * matches) is up to date when the write commits.
 */
export class ProjectFactsChanged {
  constructor(readonly projectId: string) {}
}
